# Plate Trail: modo presentación, en español. Referencia: locales/en/present.ftl.
# Las teclas (F, B, P, S, Esc) no cambian: son las que la app escucha.

step-title-town = El pueblo y sus cámaras
step-title-month = El mes de un auto
step-title-rows = Lo que guarda el proveedor
step-title-sleeps-and-works = Dónde duerme y dónde trabaja
step-title-sensitive-places = Los lugares delicados
step-title-travels-with = Con quién viaja
step-title-few-reads = Qué pocas lecturas bastan para identificarlo
step-title-who-can-search = Quién puede buscarlo
step-title-law-change = Qué cambiaría una ley
step-title-ask = La petición
present-title = Presentar
present-open = Abrir el modo presentación (una página aparte, a la medida de un proyector)
present-back-to-app = Volver a la app
present-loading = Preparando los números del pueblo…
present-role = presentación
present-blanked = Pantalla en negro. Presiona B para volver.
present-keys = Siguiente: → o Av Pág. Atrás: ← o Re Pág. F pantalla completa, B pantalla en negro, P paleta, S notas, Esc salir.
# Short: the four buttons share one row on a 1024-pixel projector.
present-next = Siguiente
present-back = Anterior
present-leave = Salir
present-notes = Notas del orador
present-notes-blocked = El navegador bloqueó la ventana de notas: permite las ventanas emergentes para esta página y vuelve a pulsar S.
present-prepare = Preparar la charla
present-prepare-intro = Unos diez pasos, de tres a cinco minutos, cada uno dice una cosa sobre la simulación que armaste en el simulador (su vida, su semilla, sus cámaras). Oculta o reordena pasos, elige la ley que quieres mostrar y empieza. El enlace de esta página guarda tus opciones: guárdalo en favoritos o envíalo a la computadora del salón.
present-hidden = Pasos ocultos
present-step-empty = Nada que mostrar en esta simulación. Oculta este paso, o vuelve a la aplicación y arma otra: otra vida, otra semilla o más cámaras.
present-start = Empezar a presentar
present-hide = Ocultar
present-show = Mostrar
present-earlier = Antes
present-later = Después
present-law = Ley que se muestra en el paso de antes y después
present-link-deck-problem = No se pudo leer la lista de pasos de este enlace, así que se muestran todos los pasos, en el orden de la historia.
present-link-law-problem = Este enlace nombra una ley que Plate Trail no tiene ("{ $value }"), así que el paso de antes y después muestra { $law }.
present-audience-link = Abre esta misma simulación en tu teléfono:
present-key-camera = Cámara de placas
present-key-reading = Cámara que leyó el auto
present-key-place = Lugar del pueblo
present-key-sensitive = Lugar delicado
present-key-true-home = Casa real
present-key-true-work = Trabajo real
present-key-guessed-home = Casa deducida y su margen de error
present-key-guessed-work = Trabajo deducido y su margen de error
present-key-guessed-place = Visita marcada
law-today = Hoy
law-after = Con estas reglas
law-reads = Lecturas de este auto guardadas
law-agencies = Agencias que pueden buscar las lecturas del pueblo
law-findings = Lugares y acompañantes que señala el analista
notes-title = Notas del orador
notes-waiting = Esperando la ventana de la presentación. Mantenla abierta en otra ventana o pestaña de este navegador.
notes-next = Siguiente:
notes-last = Este es el último paso.
notes-numbers = Cifras para citar
notes-timer = Tiempo desde el primer paso
step-town = { $town } es un pueblo inventado con { $cameras } { $cameras ->
    [one] cámara lectora
   *[other] cámaras lectoras
} de placas en sus calles.
step-month = En { $days } días, { $cameras ->
    [one] una de esas cámaras leyó
   *[other] { $cameras } de esas cámaras leyeron
} la placa de un auto común { $reads ->
    [one] una vez
   *[other] { $reads } veces
}.
step-rows = El proveedor ya guarda { $reads } lecturas de { $plates } autos de este solo pueblo: todos los autos, no solo los sospechosos.
step-sensitive-none = Este mes ninguna cámara captó el auto en un lugar delicado; otro mes podría hacerlo.
step-sensitive = Con las mismas lecturas, el analista marca visitas a { $places }.
step-travels-with-none = Ningún otro auto fue leído junto a este con la frecuencia suficiente para llamarlo acompañante.
step-travels-with = La base de datos señala { $stated ->
    [one] 1 auto que viaja con este, { $right ->
        [0] pero no es así
       *[other] y así es
    }
   *[other] { $stated } autos que viajan con este; { $right ->
        [0] ninguno lo hace de verdad
        [one] 1 de ellos lo hace de verdad
       *[other] { $right } de ellos lo hacen de verdad
    }
}.
step-few-reads = { $reads ->
    [one] Basta una lectura
   *[other] Bastan { $reads } lecturas
} para distinguir al { $percent }{"\u00A0"}% de los autos de este pueblo de todos los demás.
step-few-reads-none = En esta simulación ningún puñado de lecturas distingue a la mayoría de los autos: la red es demasiado dispersa.
step-who-can-search = Con National Lookup activado, como lo tienen cerca de tres de cada cuatro agencias, { $agencies } agencias pueden buscar estas lecturas, casi siempre sin orden judicial.
step-law-change = Con las reglas de «{ $law }», la base de datos guardaría { $reads_after } de las { $reads_before } lecturas de este auto, { $agencies } { $agencies ->
    [one] agencia podría
   *[other] agencias podrían
} buscarlas y el analista perdería { $lost } de los { $findings } lugares y acompañantes que señala.
step-law-change-none = Con las reglas de «{ $law }», la base de datos no guardaría ninguna de las { $reads_before } lecturas de este auto, y el analista perdería { $lost } de los { $findings } lugares y acompañantes que señala.
step-ask = Pidan una votación pública antes de cualquier contrato de cámaras, con retención corta, sin compartir fuera del estado y con auditorías públicas.
step-anchors-both = Con solo esas lecturas, un analista deduce dónde duerme el auto (a { $home } de la casa real) y dónde trabaja (a { $work } del trabajo real).
step-anchors-home = Con solo esas lecturas, un analista deduce dónde duerme el auto, a { $home } de la casa real; este mes su trabajo quedó oculto.
step-anchors-work = Con solo esas lecturas, un analista deduce dónde trabaja el auto, a { $work } del trabajo real; este mes su casa quedó oculta.
step-anchors-none = Con tan pocas cámaras, el analista no pudo ubicar la casa ni el trabajo del auto este mes; más cámaras cambian eso.
step-position = Paso { $at } de { $of }
present-page-title = Plate Trail: presentar
present-page-description = El modo presentación de Plate Trail: una historia de tres minutos sobre lo que una red de lectores de placas averigua sobre un auto, para una reunión vecinal.
step-law-change-today = La retención actual de { $retention_days } días ya borró { $deleted } de las { $reads } lecturas del auto; quedan { $kept }.
present-law-lab = { $preset }, con los cambios del laboratorio de políticas
present-lever-keep = lecturas guardadas durante { $retention ->
    [three-minutes] 3 minutos salvo coincidencia
    [forty-eight-hours] 48 horas
    [twenty-one-days] 21 días
    [thirty-days] 30 días
   *[one-year] 1 año
}
present-lever-hit = { $hit ->
    [yes] solo lecturas de placas buscadas
   *[no] todas las lecturas, no solo las de placas buscadas
}
present-lever-share = { $sharing ->
    [none] sin compartir
    [one-to-one] compartidas solo con una agencia asociada
    [vendor-contract-clause] sin compartir, salvo por la cláusula del contrato del proveedor
    [radius] compartidas dentro de un radio
    [statewide] compartidas en todo el estado
   *[national] compartidas por National Lookup
}
present-lever-running = el { $percent }{"\u00A0"}% de las cámaras funcionando
present-lab-shown = Este enlace trae las reglas del laboratorio de políticas: { $preset } con { $levers }. El paso de antes y después las muestra.
present-lab-not-shown = Este enlace trae las reglas del laboratorio de políticas: { $preset } con { $levers }. El paso de antes y después muestra { $law } en su lugar, como elegiste abajo.
