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

route-intro = Tu trayecto de la casa al trabajo y de vuelta: cuántas cámaras pasa, de quién son y un camino que las evita si estás dispuesto a manejar unos minutos más. Los planificadores de rutas basados en el mapa colaborativo de cámaras hacen esto con calles reales.
route-budget-label = Minutos de más que manejarías, en cada sentido, para pasar menos cámaras
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
route-operator-unknown = operador no mapeado
route-round-trip-none = Tu trayecto no pasa ninguna cámara, ni de ida ni de vuelta: solo te leen en los demás viajes.
route-round-trip-no-way-round = Con { $budget } minutos de más en cada sentido no hay forma de evitarlas: ida y vuelta pasan { $fastest } cámaras por cualquier camino.
route-round-trip = Ida y vuelta pasan { $fastest ->
    [one] { $fastest } cámara
   *[other] { $fastest } cámaras
} por el camino más rápido y { $avoiding } por el desvío, con { $extra ->
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
import-too-large = el archivo pesa { $size } bytes, más de los { $limit } que admite un archivo de mapa o de cámaras; exporta una zona más pequeña
import-cameras-alone = un archivo de cámaras necesita un mapa de calles: elige el mapa y el archivo de cámaras a la vez
import-too-many-files = elige un solo mapa de calles y, como mucho, un archivo de cámaras
scenario-file-download-refused = el navegador rechazó la descarga
import-progress = Leyendo tu pueblo: { $percent } %
town-imported = { $town }: { $road_km }{"\u00A0"}km de calles y { $places ->
    [one] { $places } lugar con nombre
   *[other] { $places } lugares con nombre
}. Cámaras: { $snapped } sobre sus calles de { $read } leídas; { $unmatched } demasiado lejos de cualquier calle para ubicarlas.
import-problem = { $file }: { $what }. Prueba con una exportación de OpenStreetMap de una zona más pequeña (.osm, .json de Overpass o .osm.pbf) y, para las cámaras, con un .kml, .geojson o .csv de DeFlock. Tu pueblo actual no ha cambiado.
scenario-file-problem = { $file }: { $what }. Vuelve a guardarlo desde Plate Trail o carga su archivo de mapa. Tu pueblo actual no ha cambiado.
browser-problem = { $file }: { $what }. Puede que el archivo esté bien. Tu pueblo actual no ha cambiado.
scenario-file-broken = no es un archivo de escenario de Plate Trail legible ({ $detail })
scenario-file-newer = este archivo de escenario es de la versión { $version }, de un Plate Trail más nuevo que este (versión { $ours }); ábrelo con el Plate Trail más nuevo o recarga esta página para obtener la última versión

town-chosen = Tu pueblo está en el mapa. Empieza la simulación.
made-up-town-chosen = Volvió el pueblo inventado.
real-town = { $town } es un pueblo real, leído de tu archivo de mapa: sus calles, lugares y cámaras son reales; su gente y sus coches son simulados. { $attribution }.
real-town-map-label = Mapa de { $town }, de tu archivo de mapa
