# Plate Trail: textos propios del módulo de herramientas (Massachusetts hoy y Cámaras en mi ruta).

## Massachusetts hoy (#/massachusetts)

ma-title = Massachusetts hoy: las cámaras mapeadas
ma-intro = Todas las cámaras lectoras de placas que voluntarios han mapeado en Massachusetts, sobre el contorno del estado: quién las opera y qué averigua sobre un auto una red tan densa como la de un pueblo real.
ma-loading = Cargando el mapa de las cámaras de Massachusetts…
ma-failed = No se pudo cargar el mapa de cámaras ({ $reason }). Recarga la página para intentarlo de nuevo; el resto de Plate Trail funciona sin él.
ma-data-failed = No se pudo descargar { $path }; revisa la conexión
ma-attribution = Ubicación de las cámaras © colaboradores de OpenStreetMap, bajo la Open Database License (ODbL): los nodos etiquetados surveillance:type=ALPR, los datos que muestra DeFlock, exportados el { $exported }.
ma-outline-credit = Contorno del estado: límites cartográficos de la Oficina del Censo de EE. UU. (dominio público), vía us-atlas.
ma-totals = { $cameras } cámaras mapeadas; { $named } dicen quién las opera, { $operators } operadores en total.
ma-floor-note = Es un mínimo, no el total. El mapa es colaborativo: solo tiene las cámaras que los voluntarios han visto y etiquetado, así que la cifra real solo puede ser mayor, y una cámara sin operador etiquetado igual es de alguien.
ma-floor-flock = Más de 40 departamentos de policía de Massachusetts tienen contrato con Flock.
ma-map-label = Mapa de Massachusetts con { $cameras } cámaras lectoras de placas mapeadas. Las tablas de abajo las enumeran por operador.
ma-map-label-search = Mapa de Massachusetts con { $cameras } cámaras lectoras de placas mapeadas; las { $matching } de los operadores buscados se dibujan más grandes y oscuras. Las tablas de abajo las enumeran.
ma-search-label = Buscar por operador
ma-search-hint = Parte de un nombre, como “police”, “Lowell” o “Home Depot”. La tabla y el mapa cambian mientras escribes.
ma-search-clear = Borrar
ma-search-result = { $operators ->
    [0] Ningún operador coincide con “{ $query }”.
    [one] { $operators } operador coincide con “{ $query }”, con { $cameras } cámaras.
   *[other] { $operators } operadores coinciden con “{ $query }”, con { $cameras } cámaras.
}
ma-operators-caption = Cámaras por operador (de más a menos)
ma-column-operator = Operador
ma-column-cameras = Cámaras
ma-column-makers = Fabricante
ma-column-facing = Orientación
ma-column-where = Dónde (lon, lat)
ma-no-operator = (sin operador etiquetado)
ma-not-tagged = sin etiqueta
ma-cameras-caption-all = Las { $count } cámaras de los operadores encontrados
ma-cameras-caption-first = Las primeras { $shown } de las { $count } cámaras de los operadores encontrados
ma-density-title = Simula con la densidad de un pueblo real
ma-density-intro = El pueblo simulado tiene más o menos el tamaño de una ciudad pequeña. Elige un pueblo cuyas cámaras policiales aparecen en el mapa de arriba y el simulador recorre tu mes bajo una red tan densa como la de ese pueblo.
ma-density-town-label = Pueblo
ma-start-run = Simular con la densidad de { $town } ({ $cameras } cámaras)

## Cámaras en mi ruta (#/route)

route-intro = Tu trayecto de la casa al trabajo y de vuelta: por cuántas cámaras pasa, de quién son y un camino que las evita si estás dispuesto a manejar unos minutos más. Los planificadores de rutas basados en el mapa colaborativo de cámaras hacen esto con calles reales.
route-budget-label = Minutos de más que manejarías, en cada sentido, para pasar por menos cámaras
route-budget-problem = Escribe un número entero de minutos de 0 a { $max }. La revisión usa { $used ->
    [one] { $used } minuto
   *[other] { $used } minutos
}.
route-check = Revisar mi ruta
route-working = Buscando las rutas, luego recorriendo tu mes otra vez y consultando al analista…
route-only-commute = Solo cambia el trayecto al trabajo: los mandados y los demás viajes siguen por el camino más rápido, y las cámaras de la entrada de tu casa te leen igual.
route-to-work = De la casa al trabajo
route-to-home = Del trabajo a la casa
route-fastest = La más rápida
route-avoiding = La de menos cámaras
route-no-commute = En este pueblo no hay calle que lleve de tu casa a tu trabajo.
route-summary = { $minutes }{"\u00A0"}min, { $cameras ->
    [one] { $cameras } cámara
   *[other] { $cameras } cámaras
}
route-summary-extra = { $minutes }{"\u00A0"}min (+{ $extra }), { $cameras ->
    [one] { $cameras } cámara
   *[other] { $cameras } cámaras
}
route-operator = { $operator }: { $cameras }
route-operators-none = ninguna
route-round-trip-none = Tu trayecto no pasa por ninguna cámara, ni de ida ni de vuelta: solo te leen en los demás viajes.
route-round-trip-no-way-round = Con { $budget } minutos de más en cada sentido no hay forma de evitarlas: de ida y vuelta pasas por { $fastest } cámaras vayas por donde vayas.
route-round-trip = De ida y vuelta pasas por { $fastest ->
    [one] { $fastest } cámara
   *[other] { $fastest } cámaras
} si vas por el camino más rápido y por { $avoiding } si tomas el desvío, con { $extra ->
    [one] { $extra } minuto de más
   *[other] { $extra } minutos de más
} al día.
route-analyst-fastest = Por el camino más rápido, el proveedor guarda { $reads } lecturas de tu auto en el mes; { $home }; { $work }.
route-analyst-avoiding = Si todos tus trayectos toman el desvío, el proveedor guarda { $reads } lecturas de tu auto en el mes; { $home }; { $work }.
route-home-none = la casa, sin estimación
route-home = la casa, estimada a { $distance } de la real
route-home-judged = la casa, estimada a { $distance } de la real, { $inside ->
    [yes] dentro de su círculo
   *[no] fuera de su círculo
}
route-work-none = el trabajo, sin estimación
route-work = el trabajo, estimado a { $distance } del real
route-work-judged = el trabajo, estimado a { $distance } del real, { $inside ->
    [yes] dentro de su círculo
   *[no] fuera de su círculo
}
route-failed = No se pudieron calcular las rutas: { $reason }
route-back = Volver al simulador

## Tu propia ciudad (#/import)

town-picker-title = Tu propio pueblo
town-picker-intro = Prueba todo esto en calles reales: elige o suelta aquí un mapa de calles exportado de OpenStreetMap (un .osm de la opción Exportar de openstreetmap.org o de JOSM, un .json de Overpass o un extracto .osm.pbf pequeño) y, si lo tienes, un archivo de cámaras (.kml, .geojson o .csv de DeFlock). O carga un archivo de escenario guardado aquí. Los archivos se leen en este navegador y nunca se suben.
town-pick-files = Elegir archivos de mapa y de cámaras
town-drop-hint = o suéltalos aquí
town-drawing = Dibujando tu pueblo
town-back-to-made-up = Volver al pueblo inventado
save-scenario-file = Guardar archivo de escenario
save-scenario-file-hint = El archivo guarda este pueblo, sus cámaras y tu vida en él: cárgalo aquí en otra computadora (un enlace para compartir no puede llevar un pueblo).
import-needs-worker = este navegador no pudo iniciar el proceso en segundo plano que lee los archivos de mapa; prueba con una versión actual de Chrome, Firefox o Safari
import-unreadable = el navegador no puede leer este archivo
import-too-large = el archivo pesa { $size } bytes, más de los { $limit } que admite un archivo de mapa o de cámaras
import-cameras-alone = un archivo de cámaras necesita un mapa de calles: elige el mapa y el archivo de cámaras a la vez
import-too-many-files = elige un solo mapa de calles y, como mucho, un archivo de cámaras
scenario-file-download-refused = el navegador rechazó la descarga
import-progress = Leyendo tu pueblo: { $percent }{"\u00A0"}%
town-imported = { $town }: { $road_km }{"\u00A0"}km de calles y { $places ->
    [one] { $places } lugar con nombre
   *[other] { $places } lugares con nombre
}. Cámaras: { $snapped } sobre sus calles de { $read } leídas; { $unmatched } demasiado lejos de cualquier calle para ubicarlas.
import-problem = { $file }: { $what }. Prueba con una exportación de OpenStreetMap de una zona más pequeña (.osm, .json de Overpass o .osm.pbf) y, para las cámaras, con un .kml, .geojson o .csv de DeFlock. Tu pueblo actual no ha cambiado.
scenario-file-problem = { $file }: { $what }. Vuelve a guardarlo desde Plate Trail o carga su archivo de mapa. Tu pueblo actual no ha cambiado.
browser-problem = { $file }: { $what }. Puede que el archivo esté bien. Tu pueblo actual no ha cambiado.
scenario-file-broken = no es un archivo de escenario de Plate Trail legible ({ $detail })
scenario-file-newer = este archivo de escenario es de la versión { $version }, de un Plate Trail más nuevo que este (versión { $ours }); ábrelo con el Plate Trail más nuevo o recarga esta página para obtener la última versión
import-error-empty = el archivo está vacío
import-error-too-large = el archivo pesa { $size } bytes, más de los { $limit } que admite este formato
import-error-too-many = el archivo tiene más de { $limit } { $what ->
    [nodes] puntos de mapa (nodos de OpenStreetMap)
    [ways] calles y caminos (vías de OpenStreetMap)
   *[cameras] cámaras
}
import-error-not-a-road-network = no es un mapa de calles: Plate Trail lee OpenStreetMap XML (.osm), Overpass JSON u OSM PBF (.osm.pbf)
import-error-not-a-camera-file = no es un archivo de cámaras: Plate Trail lee KML, GeoJSON o CSV con columnas lon y lat
import-error-malformed = este archivo { $format } está dañado (el lector de archivos dice, en inglés: «{ $detail }»)
import-error-no-roads = el archivo no tiene ninguna calle por la que pueda circular un auto (vías highway=* de OpenStreetMap); exporta una zona con calles
import-error-no-cameras = el archivo no tiene ninguna cámara con posición
import-problem-format = { $file }: { $what }. Vuelve a exportarlo, o elige un mapa de calles de OpenStreetMap (.osm, .json de Overpass o .osm.pbf) y, para las cámaras, un .kml, .geojson o .csv de DeFlock. Tu pueblo actual no ha cambiado.
import-problem-plain = { $file }: { $what }. Tu pueblo actual no ha cambiado.
scenario-file-implausible = este archivo de escenario tiene { $what ->
    [no-roads] un pueblo sin calles
    [road] una calle con un largo o una velocidad imposibles
    [camera] una cámara con una probabilidad imposible de leer una placa
    [long-name] un nombre de pueblo de más de { $most } caracteres
   *[settings] valores que los controles de Plate Trail no pueden dar (días, cámaras, autos, horarios o lugares fuera del pueblo)
}, así que no se cargó

town-chosen = Tu pueblo está en el mapa. Empieza la simulación.
made-up-town-chosen = Volvió el pueblo inventado.
real-town = { $town } es un pueblo real, leído de tu archivo de mapa: sus calles, lugares y cámaras son reales; su gente y sus coches son simulados. { $attribution }.
real-town-map-label = Mapa de { $town }, de tu archivo de mapa

## La consola del analista y el laboratorio de políticas.
console-title = Consola del analista
console-intro = Siéntate frente a la pantalla de búsqueda del proveedor. Estas son las herramientas que reciben los agentes de una agencia, usadas aquí sobre la base de datos de tu pueblo simulado: los mismos avistamientos que el simulador hizo de tu auto y de todos los demás. Cada búsqueda queda en un registro de auditoría, como en los sistemas reales.
console-map-label = Mapa del pueblo con las cámaras detrás de los resultados
console-map-note = Las cámaras encendidas son aquellas en cuyas lecturas se basan los resultados; los círculos son las zonas buscadas.
searched-area = Zona buscada
console-officer = Tú (Agte. Visitante #000)
console-database-loading = Cargando la base de datos del proveedor para todo el pueblo… (cada auto, cada lectura de cámara)
tool-picker = Herramienta de búsqueda
about-lookup = Cada cámara que leyó una placa en los últimos 1, 7, 14 o 30 días.
about-attributes = Encuentra autos sin usar la placa, a partir de una descripción: color, tipo de carrocería, portaequipajes, calcomanías, dónde y cuándo. El proveedor lo anuncia como búsqueda por “huella del vehículo” y en lenguaje común.
about-multi-geo = Cada auto visto cerca de dos lugares a la vez.
about-convoy = Autos que pasan por las mismas cámaras a pocos minutos de un auto objetivo, una y otra vez: quién viaja con quién.
about-stakeout = Cada auto visto cerca de un lugar en un rango de tiempo, como una protesta frente al ayuntamiento. Hay búsquedas documentadas ligadas a protestas.
about-hot-list = Pon una placa en una lista de alerta (una lista de placas buscadas con la que se compara cada lectura) y cada cámara por la que pase dará una alerta, en tiempo real.
field-plate = Placa
field-lookback = Cuánto tiempo atrás
field-description = Describe el vehículo
description-hint = Completado con tu auto y un lugar al que fue, sin placa. Prueba el tuyo: colores, carrocerías (SUV, sedán, pickup...), portaequipajes, calcomanía, abolladura, “cerca de la clínica”, “el martes pasado”, “en la mañana”.
field-first-place = Primer lugar
field-second-place = Segundo lugar
field-target-plate = Placa objetivo
field-window = Minutos antes y después de cada lectura
field-min-cameras = Al menos esta cantidad de cámaras distintas
field-place = Lugar
field-day = Día
field-from-hour = Desde (hora, 0-23)
field-hours = Por cuántas horas
console-number-not-a-number = Escribe un número entero de { $min } a { $max }. La búsqueda conserva { $kept }.
console-number-out-of-range = Este campo admite de { $min } a { $max }, así que la búsqueda usa { $used }.
field-hot-plate = Placa para la lista de alerta
field-reason = Motivo (queda en el registro de auditoría)
field-scope = Redes donde buscar (una red son las cámaras de una agencia)
no-camera-near = Ninguna cámara cubre uno de estos lugares, así que la red no puede buscar ahí. Elige otro lugar.
no-such-place = Elige un lugar de la lista del mapa para vigilar.
results-title = Resultados
results-empty = Elige una herramienta y presiona Buscar. Los formularios vienen llenos con tu simulación, así que un clic muestra lo que hace cada herramienta.
commuter-not-found = Tu auto no está entre los resultados.
tag-your-car = tu auto
tag-companion = de verdad viaja contigo
results-list = Resultados de la búsqueda
audit-title = Registro de auditoría
audit-empty = Todavía no hay búsquedas. Cada búsqueda que hagas queda anotada aquí.
audit-note = Los registros de auditoría reales anotan la agencia, el agente, un motivo en texto libre, la búsqueda y a cuántas redes llegó; búsquedas federales en una ciudad de Arkansas llegaron cada una a más de mil redes. El motivo es lo que el agente escriba. Desde diciembre de 2025, los registros de red que ven otras agencias ya no muestran nombres de agentes, placas ni detalles de la huella del vehículo.
audit-agency = Agencia
audit-officer = Agente
audit-type = Búsqueda
audit-subject = Sobre
audit-networks = Redes buscadas
audit-results = Resultados
audit-no-reason = (no se dio)
policy-title = Quién puede verlo y qué reglas lo cambiarían
policy-intro = El proveedor guarda las lecturas 30 días de forma predeterminada, y un departamento puede compartirlas con otros, hasta con todas las agencias participantes del país. Aquí ves a quién deja entrar eso, y qué le dejaría saber a un analista sobre tu auto una retención más corta, guardar solo coincidencias (solo lecturas de placas buscadas), compartir menos o tener menos cámaras.
who-title = Quién puede verlo
who-intro = El departamento que opera las cámaras elige cómo compartir. Cada opción más amplia deja que más agencias consulten las lecturas de tu auto; en registros de 2016-17 de la red de otro proveedor (LEARN, de Vigilant Solutions), las agencias compartían en promedio con al menos otras 160.
who-diagram-caption = Agencias que pueden consultar las lecturas de tu auto con cada forma de compartir (barras en escala logarítmica; la lista de abajo da los detalles). La barra resaltada es la opción elegida en el laboratorio de políticas.
lab-title = Laboratorio de políticas
lab-intro = Elige una ley real o mueve los controles. El análisis se vuelve a correr sobre lo que la base de datos aún guardaría al final de tu simulación; la columna izquierda es la configuración habitual: los 30 días de Flock con National Lookup activado, como lo usan cerca de tres de cada cuatro agencias.
lab-controls-title = Reglas
lab-presets = Partir de una ley o un contrato
lab-retention = Guardar lecturas durante
lab-hit-only = Guardar solo lecturas que coinciden con una lista de alerta (una lista de placas buscadas)
lab-sharing = Compartir
lab-cameras = Cámaras funcionando
comparison-title = Lo que un analista todavía puede saber
col-what = Sobre tu auto
col-before = Configuración habitual (30 días, National Lookup)
col-after = Con estas reglas
row-reads = Lecturas guardadas
row-home = Casa
row-work = Trabajo
row-places = Lugares
row-sensitive = Visitas delicadas
row-associates = Quién viaja contigo
row-who = Quién puede consultarlo
not-found = Nada: no se puede saber
days-label = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
day-option = Día { $day } ({ $weekday })
more-rows = Y { $more } más que no se muestran.
audit-count = { $count ->
    [one] { $count } búsqueda registrada.
   *[other] { $count } búsquedas registradas.
}
# La consola del analista: por qué no se pudo buscar una descripción escrita.
query-empty = Describe un vehículo, por ejemplo “SUV plateada con portaequipajes cerca de la clínica el martes pasado”.
query-unknown-place = En este mapa no hay ningún lugar llamado “{ $place }”. Prueba con un tipo de lugar, como “clínica” o “iglesia”.
query-no-camera-near = No hay ninguna cámara a menos de { $meters }{"\u00A0"}m de { $place }, así que la red no puede buscar ahí.
# La búsqueda por descripción de la consola, que lee palabras en inglés, español y portugués.
description-look = { $body } { $make } { $colour }
description-with = { $look } con { $feature }
description-near = { $kind ->
   *[reproductive-health-clinic] cerca de la clínica
    [church] cerca de la iglesia
    [mosque] cerca de la mezquita
    [synagogue] cerca de la sinagoga
    [temple] cerca del templo
    [hospital] cerca del hospital
    [school] cerca de la escuela
    [daycare] cerca de la guardería
    [factory] cerca de la fábrica
    [office-park] cerca del parque de oficinas
    [store] cerca de la tienda
    [grocery] cerca del supermercado
    [gym] cerca del gimnasio
    [bar] cerca del bar
    [restaurant] cerca del restaurante
    [union-hall] cerca de la sede sindical
    [courthouse] cerca del tribunal
    [town-hall] cerca del ayuntamiento
    [immigration-legal-aid] cerca de la asesoría legal migratoria
    [park] cerca del parque
    [shelter] cerca del albergue
}
search-last-day = { $weekday ->
   *[mon] el lunes pasado
    [tue] el martes pasado
    [wed] el miércoles pasado
    [thu] el jueves pasado
    [fri] el viernes pasado
    [sat] el sábado pasado
    [sun] el domingo pasado
}
understood-time-of-day = { $part ->
   *[morning] en la mañana (de 5:00 a 12:00)
    [afternoon] en la tarde (de 12:00 a 17:00)
    [evening] en la noche (de 17:00 a 22:00)
    [night] de madrugada (de 22:00 a 5:00)
}
understood-near = cerca de { $places }
understood-today = hoy
understood-yesterday = ayer
understood-this-week = esta semana
understood-last-week = la semana pasada
understood-last-days = { $days ->
    [one] el último día
   *[other] los últimos { $days } días
}

## Moved from text.ftl (used only by the tools module: the letter, the console, the policy lab).
letter-title = Una carta a tus autoridades locales
letter-intro = Plate Trail escribe esta carta a partir de los resultados de tu propia simulación. Cópiala en un correo o imprímela, completa las partes entre [corchetes] y envíala a tu junta municipal o concejo. Desde aquí no se envía nada.
letter-run-first = Usa primero el simulador: la carta se escribe con tus propios resultados.
letter-go-to-simulator = Ir al simulador
letter-preview-sample = Ver con números de ejemplo
letter-sample-note = Números de ejemplo, no tus resultados. Usa el simulador para escribir la carta con los tuyos.
letter-sources = Fuentes de los datos de la carta (retención de 30 días, búsqueda por descripción, un registro de búsquedas que anota un motivo escrito y no una orden judicial, la ley de New Hampshire):
letter-copy = Copiar la carta
letter-print = Imprimir la carta
letter-copied = Copiada. Pégala en un correo o un documento y completa las partes entre [corchetes].
letter-copy-failed = Tu navegador no dejó que Plate Trail copiara la carta. Selecciona el texto de arriba y cópialo tú.
letter-print-failed = Tu navegador no abrió su diálogo de impresión. Usa su propio comando Imprimir: solo se imprime la carta.
commuter-found = Tu auto está entre los resultados, encontrado sin su placa.
audit-reason = Motivo
comparing = Volviendo a correr el análisis con estas reglas…
console-database = La base de datos guarda { $reads ->
    [one] { $reads } lectura
   *[other] { $reads } lecturas
} de { $plates ->
    [one] { $plates } placa
   *[other] { $plates } placas
} en { $days ->
    [one] { $days } día simulado
   *[other] { $days } días simulados
}.
search-millis = La búsqueda tardó { $millis } ms en tu navegador.
camera-percent = { $percent ->
    [100] Todas
   *[other] El { $percent }{"\u00A0"}%
}
banned-note = Estas reglas además prohíben compartir para { $purposes }. Eso limita para qué pueden buscar otros, no lo que guarda la base de datos, así que el expediente no cambia.

## Who can search the reads and the policy presets (the policy lab only).
# Identificadores técnicos: no se traducen.
sharing-slug-none = none
sharing-slug-one-to-one = one-to-one
sharing-slug-vendor-contract-clause = vendor-clause
sharing-slug-radius = radius
sharing-slug-statewide = statewide
sharing-slug-national = national
sharing-short-none = Sin compartir
sharing-short-one-to-one = Con una agencia
sharing-short-vendor-contract-clause = Cláusula del proveedor
sharing-short-radius = Por radio
sharing-short-statewide = Todo el estado
sharing-short-national = National Lookup
sharing-label-none = Sin compartir
sharing-label-one-to-one = Solo con una agencia asociada
sharing-label-vendor-contract-clause = Sin compartir, salvo por la cláusula del contrato del proveedor
sharing-label-radius = Dentro de un radio
sharing-label-statewide = Todo el estado
sharing-label-national = National Lookup (todas las agencias participantes del país)
agency-kind-name-town-police = La policía del pueblo
agency-kind-name-neighbour-police = Policías vecinas
agency-kind-name-state-police = Policía estatal
agency-kind-name-statewide-agency = Otros departamentos del estado
agency-kind-name-national-lookup-agency = Agencias de otros estados
agency-kind-name-federal-agency = Agencias federales
agency-kind-name-vendor = El proveedor
access-example-neighbouring-department = la policía de un pueblo vecino
access-example-state-police = la Policía Estatal de Massachusetts
access-example-other-departments-in-state = departamentos de policía de Massachusetts en Flock
access-example-departments-in-other-states = todas las que activaron National Lookup
access-example-federal-through-local = que buscan con el acceso de departamentos locales
access-example-vendor-and-whoever = Flock Safety, y cualquiera a quien revele los datos
access-source-runs-the-cameras = el departamento que opera las cámaras
access-source-one-partner = un socio que elige el departamento
access-source-within-the-radius = las agencias dentro del radio que eligió el departamento
access-source-statewide-contracts = ACLU de Massachusetts: más de { $count } departamentos del estado tienen contrato con Flock; aquí, { $count }
access-source-federal-lookups = registros de auditoría de Conway, Arkansas, 2026: cada búsqueda federal recorrió más de mil redes
access-source-vendor-contract = ACLU: el contrato estándar permite a Flock revelar los datos "con fines de investigación"
access-source-national-searches = registros publicados: una búsqueda nacional llegó a entre { $fewest } y { $most } redes (Conway, Arkansas, 2026; condado de Johnson, Texas, 2025); aquí, { $counted }, lo más que alcanzó una búsqueda federal en los registros de Conway
retention-label-three-minutes-unless-hit = 3 minutos salvo coincidencia
retention-label-forty-eight-hours = 48 horas
retention-label-twenty-one-days = 21 días
retention-label-thirty-days = 30 días
retention-label-one-year = 1 año
sharing-explained-none = Solo el departamento que opera las cámaras puede buscar en ellas.
sharing-explained-one-to-one = El departamento comparte con una agencia que nombra.
sharing-explained-vendor-contract-clause = El departamento no comparte con nadie, pero el acuerdo predeterminado del proveedor le da a este un derecho mundial y perpetuo a divulgar los datos de la agencia “con fines de investigación”. Boston negoció quitar esta cláusula.
sharing-explained-radius = Agencias dentro de una distancia elegida: los pueblos vecinos y la policía estatal.
sharing-explained-statewide = Todas las agencias participantes del estado; en Massachusetts más de 40 departamentos de policía tienen contrato con Flock, así que Plate Trail cuenta 40.
preset-citation-common-setup = Flock guarda las lecturas 30 días desde la captura; compartir es opcional, y cerca de tres de cada cuatro agencias activan National Lookup (según fuentes indirectas)
preset-citation-new-hampshire = Se borran en 3 minutos salvo que coincidan con una lista de alerta
preset-citation-massachusetts-h3431 = La policía habría borrado los datos en 48 horas (una oficina estatal podría guardar 120 días los datos que recibiera); enviada a estudio (2023-24)
preset-citation-maine = 21 días (tabla de leyes estatales de la NCSL)
preset-citation-virginia = 21 días, fines limitados y sin compartir fuera de las agencias de Virginia (2025)
preset-citation-california = Sin compartir con agencias de otros estados o federales ni con entidades privadas (2015; boletín del fiscal general 2023-DLE-06)
preset-citation-illinois = Sin compartir para control migratorio ni para investigaciones sobre salud reproductiva (2023)
preset-citation-one-year = Ninguna ley: una agencia que guarda un año de lecturas
anchor-found-home = Encontrada: a menos de { $radius } (a { $error } de tu casa real)
anchor-found-work = Encontrado: a menos de { $radius } (a { $error } de tu trabajo real)
associate-line-real = { $plate } (de verdad viaja contigo)
associate-line-coincidence = { $plate } (una coincidencia)
