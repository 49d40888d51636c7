# Plate Trail: cadenas de la interfaz en español (neutro, para lectores hispanos de EE. UU.).
# Referencia: locales/en/text.ftl. Los ids y las variables ({ $x }) deben ser los mismos.

place-kind-name-home = casa
place-kind-name-friends-house = casa de un amigo
place-kind-name-hospital = hospital
place-kind-name-school = escuela
place-kind-name-daycare = guardería
place-kind-name-factory = fábrica
place-kind-name-office-park = parque de oficinas
place-kind-name-store = tienda
place-kind-name-grocery = supermercado
place-kind-name-gym = gimnasio
place-kind-name-bar = bar
place-kind-name-restaurant = restaurante
place-kind-name-church = iglesia
place-kind-name-mosque = mezquita
place-kind-name-synagogue = sinagoga
place-kind-name-temple = templo
place-kind-name-reproductive-health-clinic = clínica de salud reproductiva
place-kind-name-immigration-legal-aid = asesoría legal migratoria
place-kind-name-union-hall = sede sindical
place-kind-name-courthouse = tribunal
place-kind-name-town-hall = ayuntamiento
place-kind-name-out-of-town = fuera del pueblo
place-kind-name-park = parque
place-kind-name-shelter = albergue o servicio social
direction-name-north = rumbo al norte
direction-name-east = rumbo al este
direction-name-south = rumbo al sur
direction-name-west = rumbo al oeste
colour-name-white = { $gender ->
    [feminine] blanca
   *[masculine] blanco
}
colour-name-black = { $gender ->
    [feminine] negra
   *[masculine] negro
}
colour-name-silver = { $gender ->
    [feminine] plateada
   *[masculine] plateado
}
colour-name-grey = { $gender ->
   *[other] gris
}
colour-name-blue = { $gender ->
   *[other] azul
}
colour-name-red = { $gender ->
    [feminine] roja
   *[masculine] rojo
}
colour-name-green = { $gender ->
   *[other] verde
}
colour-name-brown = { $gender ->
   *[other] café
}
colour-name-yellow = { $gender ->
    [feminine] amarilla
   *[masculine] amarillo
}
body-name-sedan = sedán
body-name-suv = SUV
body-name-pickup = pickup
body-name-hatchback = hatchback
body-name-minivan = minivan
body-name-van = van
body-name-coupe = cupé
body-gender-sedan = masculine
body-gender-suv = feminine
body-gender-pickup = feminine
body-gender-hatchback = masculine
body-gender-minivan = feminine
body-gender-van = feminine
body-gender-coupe = masculine
feature-name-roof-rack = portaequipajes en el techo
feature-name-bumper-sticker = calcomanía en el parachoques
feature-name-dent = abolladura
feature-name-temporary-tag = placa temporal
finding-title-home = Dónde duermes
finding-title-work = Dónde trabajas
finding-title-routine = Tu rutina
finding-title-place = Un lugar al que vas
finding-title-sensitive = Una visita delicada
finding-title-associate = Quién viaja contigo
finding-title-prediction = Dónde estarás
persona-name-office-parent = Madre o padre con oficina y niños en la escuela
persona-stops-office-parent = iglesia, una cita en la clínica
persona-name-hospital-nurse = Enfermera con turnos de día de 12 horas
persona-stops-hospital-nurse = mezquita, asesoría legal migratoria
persona-name-factory-organiser = Obrero de fábrica y organizador sindical
persona-stops-factory-organiser = sede sindical, sinagoga
persona-name-night-nurse = Enfermera del turno de noche
persona-stops-night-nurse = templo hindú, una cita en la clínica
persona-name-day-labourer = Jornalero, en una obra distinta cada pocos días
persona-stops-day-labourer = asesoría legal, una cita en el tribunal
persona-name-student = Estudiante con clases en Boston y trabajo en una cafetería
persona-stops-student = una protesta, una cita en la clínica
preset-name-common-setup = Configuración habitual
preset-name-new-hampshire = New Hampshire RSA 261:75-b
preset-name-massachusetts-h3431 = Massachusetts H.3431 (propuesta)
preset-name-maine = Maine
preset-name-virginia = Virginia HB 2724 (Va. Code 2.2-5517)
preset-name-california = California SB 34
preset-name-illinois = Illinois HB 3326
preset-name-one-year = Un año
purpose-name-stolen-vehicle = vehículos robados
purpose-name-investigation = investigaciones
purpose-name-missing-person = personas desaparecidas
purpose-name-immigration = control migratorio
purpose-name-reproductive-health = investigaciones sobre salud reproductiva
purpose-name-protest = protestas
purpose-name-no-reason-given = búsquedas sin motivo
app-name = Plate Trail
tagline = Descubre lo que una red de lectores de placas averigua sobre un auto: el tuyo.
nav-simulator = Simulador
nav-faq = Preguntas
nav-about = Acerca de
nav-massachusetts = Massachusetts
route-title = Cámaras en mi ruta
route-teaser = Cuántas cámaras hay en tu trayecto al trabajo, de quién son y un camino que las evita con los minutos de más que tú elijas.
route-open = Revisar mi ruta
nav-label = Principal
footer-licence = Plate Trail es software libre bajo la GNU AGPL 3.0. Todo funciona en tu navegador; nada de lo que eliges sale de él.
footer-data = El pueblo predeterminado, su gente y sus cámaras son ficticios, generados a partir de una semilla. Los datos de mapas importados son © colaboradores de OpenStreetMap (ODbL).
panic-title = Algo salió mal
panic-body = Plate Trail encontró un error y se detuvo. Tus opciones están guardadas en este navegador; recargar la página suele resolverlo.
panic-reload = Recargar Plate Trail
panic-details = Detalles técnicos
map-controls = Controles del mapa
map-zoom-in = Acercar
map-zoom-out = Alejar
map-pan-west = Mover al oeste
map-pan-north = Mover al norte
map-pan-south = Mover al sur
map-pan-east = Mover al este
map-reset = Ver todo el pueblo
map-whereabouts = a { $distance } al { $direction ->
    [n] norte
    [ne] noreste
    [e] este
    [se] sureste
    [s] sur
    [sw] suroeste
    [w] oeste
   *[nw] noroeste
} de { $place }
map-whereabouts-at = en { $place }
map-whereabouts-coordinates = en latitud { $lat }, longitud { $lon }
map-crosshair = Mira { $location }.
map-text-pin = { $pin }, { $location }
legend-title = Leyenda del mapa
legend-highway = Autopista
legend-arterial = Avenida principal
legend-local = Calle
legend-town-line = Límite del pueblo
legend-camera = Cámara de placas y lo que ve
legend-reading = Cámara leyendo tu placa
legend-place = Lugar (letra: tipo)
legend-sensitive = Lugar delicado (culto, clínica, sindicato, tribunal)
legend-homes = Casas
legend-true-home = Tu casa (real)
legend-true-work = Tu trabajo (real)
legend-stop = Tu parada habitual
legend-car = Tu auto
legend-guessed-home = Casa que dedujeron, con su círculo de error
legend-guessed-work = Trabajo que dedujeron, con su círculo de error
legend-guessed-place = Lugar que marcaron
log-title = El registro de capturas: lo que la base de datos del proveedor guarda sobre tu placa
log-rows = Las filas del registro de capturas
log-intro = Cada fila es una lectura: una cámara fotografió tu placa y anotó cuándo, dónde y hacia dónde ibas, además de una huella del vehículo (lo que su IA ve aparte de la placa: color, marca, tipo de carrocería, calcomanías). Nadie sospechaba nada de ti; las filas se guardan de todos modos, 30 días de forma predeterminada.
log-filter = Filtrar filas
log-filter-placeholder = cámara, operador, sentido o día
log-empty = Todavía no hay filas. Maneja para llenar el registro.
log-time = Hora
log-camera = Cámara
log-operator = Operador
log-direction = Sentido
log-plate = Placa
log-fingerprint = Huella del vehículo
playback-label = Reproducción
pause = Pausa
resume = Continuar
skip-to-end = Ir al final
speed = Velocidad
speed-slow = 1 día por segundo
speed-normal = 3 días por segundo
speed-fast = 10 días por segundo
timeline = Línea de tiempo
own-run-kept = Esta simulación vino de un enlace, y tu cambio la convirtió en la guardada en este navegador. Tu propia simulación de antes se conserva.
own-run-back = Volver a mi simulación
own-run-keep = Quedarme con esta
own-run-back-done = Tu simulación volvió.
saved-unreadable = No se pudo leer el escenario guardado en este navegador (quizá de una versión anterior de Plate Trail), así que se muestra el predeterminado. Una copia de lo guardado queda en el almacenamiento del navegador con la clave plate-trail.scenario.unreadable; tu próximo cambio se guardará.
saved-unavailable = Este navegador no deja que Plate Trail guarde nada (navegación privada, ajustes de privacidad estrictos o una página que lo inserta), así que tus opciones duran solo mientras esta página esté abierta: no se recordarán.
dismiss = Cerrar
dossier-title = El expediente: lo que averiguaron
what-they-guessed = Lo que dedujeron
what-is-true = Lo que es cierto
truth-not-compared = No hay con qué comparar.
dossier-waiting = Maneja hasta el final (o salta al final) para ver qué saca un analista del registro.
dossier-nothing = Con estos avistamientos un analista no pudo precisar nada. Prueba con más días o con otra casa.
confidence-defined = Confianza: qué tan seguro está el método del analista de su propia deducción (de 0 a 100{"\u00A0"}%), no si acierta. La tarjeta de rutina muestra en su lugar la regularidad: la proporción de días de manejo cuya primera lectura llegó a menos de 20 minutos de la hora habitual. Luego cada tarjeta dice Acierto o Error, comparando con lo que de verdad pasó en la simulación; un círculo acertado de casa o trabajo más ancho que una o dos calles (500 m) se llama impreciso.
uniqueness-title = Qué pocos avistamientos bastan para identificar un auto
uniqueness-idle = Maneja para ver qué tan único es el rastro de tu auto entre el tráfico del pueblo.
uniqueness-computing = Calculando qué tan único es tu auto entre todo el tráfico del pueblo…
town-work-progress = Trabajo de todo el pueblo hecho
town-work-on-page = Este navegador no pudo iniciar un proceso en segundo plano, así que el cálculo de todo el pueblo se hace en esta página, en pequeñas partes entre las que la página sigue respondiendo: tarda un poco más.
dossier-analysing = El analista está leyendo el registro…
dossier-searching-town = Todavía buscando en la base de datos de todo el pueblo autos que viajan con el tuyo…
uniqueness-caption = Supón que alguien conoce k avistamientos de un auto (qué cámara, qué hora), elegidos al azar. Cada barra es la proporción de autos del pueblo para los que esos k coinciden con ese auto y con ningún otro.
uniqueness-x-axis = avistamientos que alguien conoce (k)
uniqueness-table = La gráfica como tabla
uniqueness-k = Avistamientos conocidos (k)
uniqueness-share = Autos identificados
percent = { $percent }{"\u00A0"}%
uniqueness-citation = Una investigación halló lo mismo con datos de teléfonos: 4 lugares y horas identifican al 95{"\u00A0"}% de 1,5 millones de personas (de Montjoye et al., “Unique in the Crowd”, Scientific Reports 3:1376, 2013).
home-moved = Casa movida. La simulación y el expediente están al día.
work-moved = Trabajo movido. La simulación y el expediente están al día.
controls-title = Tu vida
home-place = Casa
work-place = Trabajo
spot-on-map = Un punto elegido en el mapa
pick-stop = Poner la nueva parada en la mira
workdays = Días de trabajo
days = Días a simular
days-hint = 30 es la retención predeterminada del proveedor.
seed = Semilla
next-seed = Siguiente semilla
seed-hint = La semilla es el número del que sale el pueblo ficticio: la misma semilla le da a todos el mismo pueblo y las mismas semanas.
pick-home = Poner la casa en la mira
pick-work = Poner el trabajo en la mira
map-text-title = El mapa en texto: lugares, cámaras, tus marcadores
map-text-pins = Tus marcadores y sus deducciones
sensitive-suffix = , un lugar delicado
marker-true-home = Tu casa (real)
marker-true-work = Tu trabajo (real)
marker-car = Tu auto
simulator-title = Tu auto, a través de una red de cámaras
building-town = Construyendo el pueblo…
legend-home-word = Casa
legend-work-word = Trabajo
legend-place-word = Un lugar
no-commuter = La simulación perdió tu auto. Prueba con otra semilla.
persona = Una vida ya armada
persona-stops = Paradas delicadas en esta vida: { $stops }
persona-chosen = Nueva vida elegida. La simulación y el expediente están al día.
shift-start = El trabajo empieza a las
shift-hours = Horas en el trabajo
shift-hint = De media hora a 16 horas; un turno puede pasar de la medianoche.
shift-hours-out-of-range = Las horas en el trabajo van de { $min } a { $max }, así que se { $used ->
    [one] simula { $used } hora
   *[other] simulan { $used } horas
}.
shift-hours-not-a-number = Escribe las horas en el trabajo como un número de { $min } a { $max }. La simulación conserva { $kept ->
    [one] su { $kept } hora
   *[other] sus { $kept } horas
}.
stops-title = Tus paradas habituales
stops-none = Todavía no hay paradas habituales. Agrega una abajo.
stop-add-title = Agregar una parada
stop-place = Lugar de la nueva parada
stop-place-none = Elige un lugar
stop-purpose = Para qué
stop-days = Días de la parada
stop-arrive = Llegada a las
stop-stay = Estancia (minutos)
stop-add = Agregar la parada
stop-spot-name = Un punto que elegiste en el mapa
stop-needs-place = Elige un lugar para la parada: de la lista, o con “Elegir el lugar en el mapa” y luego un clic o un toque en el mapa.
stop-needs-day = Elige al menos un día para la parada.
stop-bad-time = Escribe la hora de llegada en horas y minutos, por ejemplo 17:30.
stop-bad-stay = Una parada dura de 5 minutos a 72 horas (4320 minutos): escribe un número de minutos en ese rango.
stop-too-many = Esas son todas las paradas habituales que Plate Trail sigue: quita una antes de agregar otra.
stop-added = Parada agregada. La simulación y el expediente están al día.
stop-removed = Parada quitada. La simulación y el expediente están al día.
stop-place-picked = Lugar elegido para la nueva parada.
nav-references = Fuentes
nav-action = Actúa
nav-teach = Enseñar
teach-intro = Materiales para una clase de 45 minutos de educación cívica en secundaria o un taller comunitario. Cada uno se abre como página propia y se imprime bien en papel carta o A4.
teach-lesson = Plan de clase
teach-lesson-about = objetivos, la actividad de inicio, la actividad con enlaces a las simulaciones exactas, preguntas para el debate, una tarjeta de salida y las respuestas
teach-glossary = Glosario
teach-glossary-about = ALPR, lista de alerta, NCIC, retención, Lookup, National Lookup, MOU, solo coincidencias y más, en palabras sencillas
teach-worksheet = Hoja de trabajo
teach-worksheet-about = preguntas que se responden usando la app, con espacio para escribir
teach-fact-sheet = Hoja de datos
teach-fact-sheet-about = los datos clave, con sus fuentes, en una página
faq-intro = Respuestas cortas en lenguaje sencillo. Abre una pregunta para leer su respuesta; los números entre corchetes llevan a las fuentes.
references-intro = De dónde salen los datos de Plate Trail, numerados como la app los cita, con la fecha de cada fuente. Los títulos marcados “(descripción)” son descripción nuestra, no el título de la fuente. Los enlaces abren el otro sitio solo si los sigues; esta página no carga nada de ellos.
reference-no-date = sin fecha
reference-checked = consultado el { $date }
reference-no-link = sin enlace público
reference-secondary = Fuente secundaria: esta cifra nos llegó por la cobertura de prensa del documento, no del documento mismo.
reference-described = (descripción)
citation-label = referencia
nav-console = Consola del analista
nav-policy = Laboratorio de políticas
module-loading = Abriendo esta parte de Plate Trail…
module-failed = No se pudo cargar esta parte de Plate Trail. Recarga la página o vuelve al simulador.
content-loading = Cargando el texto…
running-simulation = Corriendo la simulación…
default-reason = investigación
tool-lookup = Lookup
tool-attributes = Búsqueda por descripción
tool-multi-geo = Multi-Geo
tool-convoy = Convoy
tool-stakeout = Vigilancia
tool-hot-list = Lista de alerta
run-search = Buscar
national-reach = Todas las agencias participantes del país, de forma recíproca. En registros publicados, una sola búsqueda nacional llegó a las redes de entre 1076 y 6809 agencias (Conway, Arkansas, 2026; condado de Johnson, Texas, 2025); Plate Trail cuenta 2690, lo máximo que alcanzó una búsqueda federal en los registros de Conway. Flock dice que trabaja con más de 5000 departamentos de policía. Así llegan las búsquedas federales a las cámaras locales, y en Mountain View, California, se activó una opción nacional sin que el departamento lo supiera.
headline-analysing = Un analista las está leyendo ahora…
jump-to-results = Lo que encontraron
jump-to-life = Cambia tu vida
controls-intro = Cambia cualquier cosa aquí y el mes se vuelve a correr al instante: el mapa, el registro y el expediente lo siguen.
move-home = Mover la casa
move-work = Mover el trabajo
move-stop = Elegir el lugar en el mapa
stop-add-hint-pick = Elige el lugar de la lista, o presiona “Elegir el lugar en el mapa” y tócalo o haz clic en él (donde no hay ningún lugar, la parada se vuelve la casa de un amigo).
move-cancel = Cancelar
move-undo = Deshacer
move-cancelled = No se movió nada.
move-undone = Movimiento deshecho. La simulación y el expediente están al día.
pick-bar-label = Mover un marcador en el mapa
placing-home = tu casa
placing-work = tu trabajo
placing-stop = la nueva parada
map-touch = Arrastra para mover el mapa, pellizca para acercar.
map-keyboard = Con el mapa enfocado: las flechas lo mueven (Mayús para pasos cortos), + y - acercan y alejan, 0 muestra todo el pueblo. Con el mouse se arrastra y la rueda acerca.
map-touch-pick = Toca un punto para elegirlo. Arrastra para mover el mapa, pellizca para acercar.
map-keyboard-pick = Haz clic en un punto para elegirlo, o con el mapa enfocado muévelo bajo la mira con las flechas (Mayús para pasos cortos) y presiona Enter. + y - acercan y alejan, 0 muestra todo el pueblo.
cameras-label = Cámaras en el pueblo
real-densities = Cámaras policiales de placas mapeadas en pueblos reales de Massachusetts:
cameras-hint = Más cámaras, menos huecos: mira qué tan pronto el expediente encuentra tu calle.
cameras-mapped-hint = Son las cámaras que mapean tus archivos; elegir una cantidad es solo para el pueblo ficticio.
share-label = Compartir esta simulación
share-copy-link = Copiar enlace
share-copied = Enlace copiado. Abre esta simulación (el mismo pueblo, auto, mapa y expediente) en cualquier computadora.
share-copied-imported = Enlace copiado. Esta simulación es en un pueblo leído de un archivo de mapa, que un enlace no puede llevar: quien lo abra necesita el mismo archivo de mapa, o el archivo de escenario de esta simulación («Guardar archivo de escenario» en «Tu propio pueblo»).
share-copy-failed = Este navegador no dejó que Plate Trail copiara. El enlace está seleccionado aquí: cópialo tú (Ctrl+C, o ⌘C en una Mac).
share-link-field = Enlace a esta simulación
embed-open = Insertar
embed-title = Pon esta simulación en tu página
embed-intro = Pega este HTML en la página de una clase o en el sitio de un curso. El marco muestra esta simulación y esta vista sin el encabezado de Plate Trail, funciona en el navegador de cada lector y no envía nada a ningún lado.
embed-snippet = HTML para pegar
embed-copy = Copiar el HTML
embed-copied = Copiado.
embed-copy-failed = Este navegador no dejó que Plate Trail copiara: selecciona el HTML de arriba y cópialo tú.
embed-close = Cerrar
embed-frame-title = Plate Trail: lo que una red de lectores de placas averigua sobre un auto
embed-open-full = Abrir en Plate Trail (pestaña nueva)
offline-copy-label = Copia sin conexión de Plate Trail { $version } (compilación { $commit }), creada el { $made }: funciona sin red; el sitio web puede ser más nuevo.
offline-copy-label-no-commit = Copia sin conexión de Plate Trail { $version }, creada el { $made }: funciona sin red; el sitio web puede ser más nuevo.
share-copied-offline = Enlace copiado. Nombra este archivo en esta computadora, así que abre esta simulación solo aquí (o donde el mismo archivo esté en el mismo lugar).
teach-offline = Estas hojas son páginas propias, que no están en esta copia sin conexión.
present-offline = El modo presentación es una página propia, que no está en esta copia sin conexión (un navegador no lo inicia desde un archivo).
offline-open-elsewhere = Dónde abrir: el sitio web de Plate Trail, o la carpeta completa de la compilación servida en esta computadora (en esa carpeta ejecuta «python3 -m http.server 8000» y abre { $address }).
log-count-all = { $total ->
    [one] { $total } fila
   *[other] { $total } filas
}
log-count-some = { $shown } de { $total ->
    [one] { $total } fila
   *[other] { $total } filas
}
log-truncated = Se muestran las primeras { $limit } filas; filtra para ver otras.
weekday-short-mon = lun
weekday-short-tue = mar
weekday-short-wed = mié
weekday-short-thu = jue
weekday-short-fri = vie
weekday-short-sat = sáb
weekday-short-sun = dom
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
dossier-intro = Un analista con acceso a la base de datos de las cámaras miró solo { $rows ->
    [one] la única fila
   *[other] las { $rows } filas
} del registro de capturas de abajo, más las herramientas de búsqueda del proveedor.
dossier-more-associates = { $count ->
    [one] Una placa más apareció junto a la tuya algunos días, con menos probabilidad que las de arriba de viajar contigo: lo más seguro es que solo comparta tus calles y tus horarios.
   *[other] Otras { $count } placas aparecieron junto a la tuya algunos días, cada una con menos probabilidad que las de arriba de viajar contigo: la mayoría solo comparte tus calles y tus horarios.
}
cameras-to-place-home = { $needed ->
    [0] Probado en { $towns } pueblos, ni con 80 cámaras este analista ubicó una casa a una o dos calles (500 m) en más del { $percent }{"\u00A0"}% de ellos; este pueblo tiene { $here }.
   *[other] Probado en { $towns } pueblos, este analista ubicó la casa a una o dos calles (500 m) en el { $percent }{"\u00A0"}% de ellos en cuanto el pueblo tenía { $needed } cámaras; este pueblo tiene { $here }.
}
verdict-right = Acierto
verdict-wrong = Error
verdict-vague = Acierto, pero impreciso
regularity = Regularidad: { $percent }{"\u00A0"}%
confidence = Confianza: { $percent }{"\u00A0"}%
evidence-summary = Según { $count ->
    [one] { $count } avistamiento
   *[other] { $count } avistamientos
}
evidence-more = y { $count } más
distance-meters = { $meters }{"\u00A0"}m
distance-km = { $km }{"\u00A0"}km
distance-under-ten-meters = menos de 10{"\u00A0"}m
town-work-step = Paso { $step } de { $total }: { $what }…
town-work-driving = manejando cada auto del pueblo durante todo el periodo
town-work-indexing = indexando la base de datos del proveedor
town-work-convoys = buscando en ella autos que viajan con el tuyo
town-work-uniqueness = probando cuántos pocos avistamientos bastan para señalar cada auto
uniqueness-sentence = Basta con conocer { $k } avistamientos de un auto para señalar al { $percent }{"\u00A0"}% de los autos de este pueblo: un rastro no necesita nombre para apuntar a un auto, y a quien lo maneja.
days-out-of-range = Una simulación dura de 1 a { $max_days } días, así que se { $used ->
    [one] simula { $used } día
   *[other] simulan { $used } días
}.
days-not-a-number = Escribe un número entero de días de 1 a { $max_days }. La simulación conserva { $kept ->
    [one] su { $kept } día
   *[other] sus { $kept } días
}.
start-again = Volver a empezar con la simulación predeterminada
started-again = Volvió la simulación predeterminada.
move-into-town = Llevar mis lugares dentro del pueblo
moved-into-town = Los lugares fuera del mapa pasaron al punto más cercano del pueblo. La simulación se vuelve a correr.
seed-not-a-number = Una semilla es un número entero, 0 o mayor. La simulación conserva la semilla { $kept }.
map-text-places = { $houses ->
    [0] Lugares
    [one] Lugares (además de { $houses } casa)
   *[other] Lugares (además de { $houses } casas)
}
named-with-kind = { $name } ({ $kind })
unnamed-place-home = tu casa
unnamed-place-workplace = tu lugar de trabajo
unnamed-place-stop = tu parada ({ $kind })
map-text-cameras = { $count } cámaras de placas
camera-line = { $label }, { $operator }, { $location }, mira al tráfico { $facing }{ $reads ->
    [0] {""}
    [one] : leyó tu placa una vez
   *[other] : leyó tu placa { $reads } veces
}
marker-guess = { $what }: lo que dedujeron
marker-guess-off = { $what }: lo que dedujeron, a { $distance } de la realidad
town-map-label = Mapa de { $town }, un pueblo ficticio
fictional-town = { $town } es un pueblo ficticio, generado a partir de una semilla: no se usan datos de ninguna persona real.
status-done = Listo: las cámaras leyeron tu placa { $reads ->
    [one] una vez
   *[other] { $reads } veces
}. Cada lectura está en el registro de abajo, y el expediente muestra lo que revela.
status-start = Presiona Manejar: tu auto seguirá su rutina durante semanas, y cada cámara que lea tu placa parpadeará.
status-so-far = Hasta ahora las cámaras leyeron tu placa { $reads ->
    [one] una vez
   *[other] { $reads } veces
}.
anchor-guess-near = A menos de { $distance } de un punto cerca de { $place }, deducido de { $stops ->
    [one] una parada
   *[other] { $stops } paradas
}.
anchor-guess = A menos de { $distance } de un punto, deducido de { $stops ->
    [one] una parada
   *[other] { $stops } paradas
}.
anchor-truth = El punto real está a { $distance } de su deducción: { $inside ->
    [yes] dentro de su círculo
   *[no] fuera de su círculo
}.
anchor-truth-near = El punto real (cerca de { $place }) está a { $distance } de su deducción: { $inside ->
    [yes] dentro de su círculo
   *[no] fuera de su círculo
}.
routine-day = { $day }: circuló { $driven } de { $observed } { $observed ->
    [one] día
   *[other] días
}
routine-first = , primera lectura hacia las { $time }
routine-last = , última hacia las { $time }
routine-end = .
routine-truth = Trabajas { $days } desde las { $time }.
routine-no-work = En esta vida no manejas al trabajo, así que no hay lugar de trabajo que encontrar.
list-separator = ,{" "}
place-guess = Fue a { $place } { $visits ->
    [one] una vez
   *[other] { $visits } veces
}.
list-or = { $rest } o { $last }
list-and = { $rest } y { $last }
sensitive-flag-guess = Probablemente en { $places } ({ $stops ->
    [one] una parada
   *[other] { $stops } paradas
}).
sensitive-flag-maybe = Quizá en { $places } ({ $stops ->
    [one] una parada
   *[other] { $stops } paradas
}).
sensitive-flag-none = No fuiste a ninguno de esos lugares en ese momento: una marca equivocada, con la que un analista igual podría actuar.
sensitive-flag-one = Acierto: estuviste ahí.
sensitive-flag-all = Acierto en las { $stops } paradas.
sensitive-flag-some = Acierto en { $right } de las { $stops } paradas.
place-truth = { $visits ->
    [0] Nunca fuiste ahí: una deducción equivocada, con la que un analista igual podría actuar.
    [one] Fuiste ahí una vez.
   *[other] Fuiste ahí { $visits } veces.
}
associate-guess = La placa { $plate } viaja contigo: leída justo al lado de la tuya { $together ->
    [one] una vez
   *[other] { $together } veces
}, en { $days ->
    [one] { $days } día
   *[other] { $days } días
}, en { $cameras ->
    [one] { $cameras } cámara
   *[other] { $cameras } cámaras
}.
associate-truth-yes = Cierto: ese auto de verdad viaja contigo (un viaje compartido o tu pareja).
associate-truth-no = Falso: un desconocido que por casualidad comparte tus calles y tus horarios.
prediction-guess = El próximo { $day } hacia las { $time } tu auto pasará por la cámara { $camera }: { $percent }{"\u00A0"}% de probabilidad. Alguien esperando ahí te encontraría.
prediction-came-true = Se cumplió: el { $day } siguiente, tu auto pasó por { $camera } a las { $time }.
prediction-missed = Esta vez no: el { $day } siguiente, tu auto no pasó por { $camera } a esa hora.
stop-title = Tu parada habitual: { $purpose }
stop-line = { $purpose } en { $place }: { $days }, { $time } durante { $stay }
stay-minutes = { $minutes }{"\u00A0"}min
stay-hours = { $hours }{"\u00A0"}h
stay-hours-minutes = { $hours }{"\u00A0"}h{"\u00A0"}{ $minutes }{"\u00A0"}min
stop-set-days = { $count ->
    [0] en ningún día de esta simulación
    [one] en un día de la simulación
   *[other] en { $count } días de la simulación
}
stop-remove = Quitar { $purpose } en { $place }
last-checked = Última revisión con las fuentes: { $date }.

date-day-month-year = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
date-month-year = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
} { $year }
content-failed = No se pudo cargar el texto de esta página ({ $page }). Revisa la conexión y recarga la página; todo lo demás funciona sin él.
scope-own = Este departamento
scope-statewide = Todo el estado
scope-national = Todo el país
scope-label = { $what } ({ $networks ->
    [one] { $networks } red
   *[other] { $networks } redes
})
bad-plate = “{ $typed }” no es una placa: usa de 1 a 7 letras y números, por ejemplo 4KTR217.
lookup-summary = { $plate }: { $reads ->
    [one] { $reads } lectura
   *[other] { $reads } lecturas
} de { $cameras ->
    [one] { $cameras } cámara
   *[other] { $cameras } cámaras
} en { $days ->
    [one] el último día
   *[other] los últimos { $days } días
}.
camera-reads = { $reads ->
    [one] la leyó una vez
   *[other] la leyó { $reads } veces
}
hit-detail = { $look }; { $reads ->
    [one] { $reads } lectura coincidente
   *[other] { $reads } lecturas coincidentes
}
attribute-summary = { $vehicles ->
    [one] { $vehicles } vehículo coincide con la descripción.
   *[other] { $vehicles } vehículos coinciden con la descripción.
}
multi-geo-detail = visto cerca de { $areas } de los lugares; { $reads ->
    [one] { $reads } lectura
   *[other] { $reads } lecturas
}
multi-geo-summary = { $vehicles ->
    [one] { $vehicles } vehículo fue visto
   *[other] { $vehicles } vehículos fueron vistos
} cerca de { $places } a la vez.
convoy-detail = pasó por la misma cámara con minutos de diferencia { $together ->
    [one] { $together } vez
   *[other] { $together } veces
}, en { $days ->
    [one] { $days } día
   *[other] { $days } días
}, en { $cameras ->
    [one] { $cameras } cámara
   *[other] { $cameras } cámaras
}
convoy-summary = { $vehicles ->
    [one] { $vehicles } vehículo viajó con { $plate }.
   *[other] { $vehicles } vehículos viajaron con { $plate }; primero, los más frecuentes.
}
stakeout-summary-from = { $vehicles ->
    [one] { $vehicles } vehículo fue visto
   *[other] { $vehicles } vehículos fueron vistos
} cerca de { $place } desde el día { $day } ({ $weekday }.) { $hour ->
    [1] a la
   *[other] a las
} { $time }.
alert-detail = ALERTA: { $plate } pasó por la cámara { $camera }
hot-list-summary = { $plate } está en la lista de alerta: { $alerts ->
    [one] { $alerts } alerta
   *[other] { $alerts } alertas
}, una cada vez que pasó por una cámara, en orden de tiempo.
understood = Buscando: { $words }.
not-understood = {" "}No se entendió: { $words }.
rank = #{ $rank }{" "}
agencies = { $count ->
    [one] { $count } agencia
   *[other] { $count } agencias
}
agencies-about = unas { $count } agencias
comparison-nothing-listed = Con la configuración habitual el analista no pudo anotar nada sobre tu auto aquí, así que estas reglas no tienen nada que quitar.
comparison-nothing-lost = { $kept ->
    [one] Estas reglas no quitan nada: el único hallazgo de la configuración habitual se mantiene.
   *[other] Estas reglas no quitan nada: los { $kept } hallazgos de la configuración habitual se mantienen.
}
comparison-all-lost = { $lost ->
    [one] Estas reglas quitan el único hallazgo de la configuración habitual.
   *[other] Estas reglas quitan los { $lost } hallazgos de la configuración habitual.
}
comparison-some-lost = Estas reglas quitan { $lost } de los { $listed } hallazgos de la configuración habitual; { $kept ->
    [one] queda { $kept }
   *[other] quedan { $kept }
}.
format-minute = Día { $day }, { $weekday } { $time }
format-end-of-day = Día { $day }, { $weekday } 24:00
fingerprint = { $body } { $make } { $model } { $colour }
headline-reads = { $reads ->
    [0] Ninguna cámara leyó tu placa
    [one] Las cámaras leyeron tu placa una vez
   *[other] Las cámaras leyeron tu placa { $reads } veces
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
headline-reads-fictional = { $reads ->
    [0] Ninguna cámara de este pueblo ficticio leyó tu placa
    [one] Las cámaras de este pueblo ficticio leyeron tu placa una vez
   *[other] Las cámaras de este pueblo ficticio leyeron tu placa { $reads } veces
} en { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
headline-nothing = Con solo esas lecturas, un analista no pudo precisar ni tu casa ni tu trabajo.
headline-findings = Con solo esas lecturas, un analista { $anchors }{ $flags ->
    [0] {""}
    [one] , y marcó { $flags } posible visita a un lugar delicado (culto, clínica, sindicato, tribunal)
   *[other] , y marcó { $flags } posibles visitas a lugares delicados (culto, clínica, sindicato, tribunal)
}.
headline-home-and-work = ubicó tu casa a { $home } y tu trabajo a { $work } de donde realmente están
headline-home = ubicó tu casa a { $home } de donde realmente está
headline-work = ubicó tu trabajo a { $work } de donde realmente está
headline-neither = no pudo precisar ni tu casa ni tu trabajo
watch-days = { $days ->
    [one] Mira pasar el día
   *[other] Mira pasar los { $days } días
}
drive-over = Terminó el recorrido: las cámaras leyeron tu placa { $reads } veces. El expediente muestra lo que averiguaron; el botón "{ $button }" te lleva ahí.
placing-touch = Toca el mapa donde debe ir { $what }.
placing-keys = Haz clic en el mapa donde debe ir { $what }, o mueve el mapa bajo la mira con las flechas y presiona Enter.
placing-started = Eligiendo dónde va { $what }: el mapa tiene el foco. Las flechas lo mueven bajo la mira y Enter elige; o toca o haz clic en el mapa.
moved = Se movió: { $what }.
town-density = { $cameras } cámaras en los { $area }{"\u00A0"}km² de { $town }: { $per_km } por{"\u00A0"}km².
real-density = { $town }: { $cameras } en unos { $area }{"\u00A0"}km², { $per_km } por{"\u00A0"}km²
as-dense-as = Tan denso como { $town }: { $cameras } cámaras
unknown-page = Plate Trail no tiene ninguna página en «{ $address }», así que se muestra el simulador.
link-problem = Este enlace no se pudo abrir tal como estaba: { $why }.
link-shown-default = En su lugar se muestra la simulación predeterminada.
link-shown-saved = En su lugar se muestra tu propia simulación, tal como está guardada en este navegador.
link-out-of-range-between = su { $what } es «{ $value }», y Plate Trail usa de { $low } a { $high }
link-changed = Este enlace se cortó o se cambió después de que Plate Trail lo creara, así que puede que no abra la simulación para la que se hizo: se abre tal como se lee ahora. Si te lo envió alguien, pídele el enlace completo.
link-too-long = es demasiado largo ({ $bytes } caracteres), así que no se leyó
link-unknown-version = lo hizo una versión más nueva de Plate Trail (formato { $version })
link-out-of-range = su { $what } ("{ $value }") no es un número que Plate Trail pueda usar
link-setting-version = versión de formato
link-setting-seed = semilla
link-setting-days = número de días
link-setting-cameras = número de cámaras
link-setting-population = número de autos
link-unknown-persona = nombra una vida que Plate Trail no tiene ("{ $name }")
link-unknown-policy = nombra una política que el laboratorio no tiene ("{ $name }")
link-unknown-language = Este enlace pide un idioma que Plate Trail todavía no tiene ("{ $code }"), así que se muestra en inglés.
link-broken-life = la vida que lleva se cortó o se cambió
link-place-off-town = la vida que lleva pone la casa, el trabajo o una parada fuera del mapa del pueblo
link-malformed = una parte no tiene el formato de enlace de Plate Trail (se cortó o se cambió a mano)
place-kind-article-home = una casa
place-kind-article-friends-house = la casa de un amigo
place-kind-article-hospital = un hospital
place-kind-article-school = una escuela
place-kind-article-daycare = una guardería
place-kind-article-factory = una fábrica
place-kind-article-office-park = un parque de oficinas
place-kind-article-store = una tienda
place-kind-article-grocery = un supermercado
place-kind-article-gym = un gimnasio
place-kind-article-bar = un bar
place-kind-article-restaurant = un restaurante
place-kind-article-church = una iglesia
place-kind-article-mosque = una mezquita
place-kind-article-synagogue = una sinagoga
place-kind-article-temple = un templo
place-kind-article-reproductive-health-clinic = una clínica de salud reproductiva
place-kind-article-immigration-legal-aid = una asesoría legal migratoria
place-kind-article-union-hall = una sede sindical
place-kind-article-courthouse = un tribunal
place-kind-article-town-hall = el ayuntamiento
place-kind-article-out-of-town = fuera del pueblo
place-kind-article-park = un parque
place-kind-article-shelter = un albergue o servicio social
stop-purpose-school-drop-off = llevar a los niños a la escuela
stop-purpose-gym = gimnasio
stop-purpose-grocery = compras del súper
stop-purpose-worship = culto semanal
stop-purpose-clinic = cita en la clínica
stop-purpose-legal-aid = cita de asesoría legal
stop-purpose-union-meeting = reunión sindical
stop-purpose-protest = protesta
stop-purpose-friend = casa de un amigo
stop-purpose-weekend-trip = viaje de fin de semana
stop-purpose-job-site = obra
stop-purpose-court-hearing = audiencia en el tribunal
stop-purpose-night-out = salida de noche
stop-purpose-part-time-job = trabajo de medio tiempo
stop-purpose-errand = mandado
skip-to-content = Saltar al contenido
page-description = Descubre lo que una red de cámaras lectoras de placas averigua sobre un auto. Funciona por completo en tu navegador.
language-label = Idioma
language-failed = No se pudo cargar este idioma. Revisa la conexión e inténtalo de nuevo; la página sigue en el idioma que tenía.

## Un pueblo real a partir de un archivo de mapa (issue 15).
town-file-not-here = Tu última simulación era en un pueblo leído de un archivo de mapa, que esta página ya no tiene. Aquí está el pueblo inventado; para volver, carga el archivo de mapa o un archivo de escenario en «Tu propio pueblo».
town-file-not-here-link = La simulación de este enlace era en { $town }, un pueblo importado de archivos de mapa, que un enlace no puede llevar. Aquí está el pueblo inventado; para ver esa simulación, carga el archivo de mapa del pueblo o su archivo de escenario en «Tu propio pueblo».
town-file-not-here-link-unnamed = La simulación de este enlace era en un pueblo importado de archivos de mapa, que un enlace no puede llevar. Aquí está el pueblo inventado; para ver esa simulación, carga el archivo de mapa del pueblo o su archivo de escenario en «Tu propio pueblo».
town-file-needed = Esta simulación es en { $town }, un pueblo leído de un archivo de mapa que un enlace no puede llevar: carga ese archivo de mapa, o el archivo de escenario de la simulación, en «Tu propio pueblo».
town-file-needed-unnamed = Esta simulación es en un pueblo leído de un archivo de mapa, que un enlace no puede llevar: carga ese archivo de mapa, o el archivo de escenario de la simulación, en «Tu propio pueblo».
town-copy-lost = Tu simulación es en { $town }, un pueblo leído de un archivo de mapa, y este navegador ya no tiene la copia que guardó (un navegador puede borrar lo que una página guarda). Carga de nuevo ese archivo de mapa, o el archivo de escenario de la simulación, para verla aquí.
town-file-load = Abrir «Tu propio pueblo» para cargarlo
# The simulator's link to "Your own town" (#/import), where a real road map is imported.
import-open = Haz esto con las calles y las cámaras reales de tu pueblo



route-operator-unknown = operador no mapeado
