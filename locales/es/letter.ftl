# Plate Trail: la carta a las autoridades locales, en español. Referencia: locales/en/letter.ftl.
# Los corchetes marcan lo que completa quien la envía.

letter-greeting = Estimados [miembros de la junta municipal o del concejo]:
letter-opening = Les escribo como residente sobre las cámaras automáticas lectoras de placas (ALPR), como las que vende Flock Safety, que leen y guardan la placa de cada auto que pasa frente a ellas.
letter-simulated = Estas cifras vienen de Plate Trail, una simulación de un pueblo ficticio, no de registros reales de mi auto. Pero las redes reales funcionan igual: Flock guarda cada lectura 30 días de forma predeterminada, y la policía puede buscar en las lecturas por placa o por una descripción del auto, casi siempre sin orden judicial: el registro de búsquedas solo pide escribir un motivo.
letter-asks =
    Les pido que:
    1. Exijan una votación pública de la asamblea vecinal o del concejo antes de firmar o renovar cualquier contrato de cámaras lectoras de placas.
    2. Limiten quién puede buscar en los datos recogidos aquí, y pongan ese límite por escrito en el contrato.
    3. Terminen cualquier contrato vigente que no cumpla estas condiciones.
letter-elsewhere = Otros lugares ya pusieron límites. New Hampshire borra los datos de placas en tres minutos salvo que coincidan con una lista de vehículos buscados (RSA 261:75-b).
letter-thanks = Gracias por su tiempo. Agradecería una respuesta.
letter-signature =
    Atentamente,
    {"["}Tu nombre]
    {"["}Tu dirección]
letter-used = Usé Plate Trail, un simulador que hace pasar un auto por una red de cámaras, para ver lo que una red así registra de una vida común.{" "}
letter-no-reads = En { $days ->
    [one] { $days } día simulado
   *[other] { $days } días simulados
} en { $town }, ninguna cámara registró mi auto; pero cada auto que sí pasó frente a una cámara quedó registrado, lo estuviera buscando alguien o no.
letter-reads = En { $days ->
    [one] { $days } día simulado
   *[other] { $days } días simulados
} en { $town }, { $cameras ->
    [one] { $cameras } cámara registró
   *[other] { $cameras } cámaras registraron
} mi auto { $times ->
    [one] { $times } vez
   *[other] { $times } veces
}.
letter-home-and-work = {" "}Solo con ese registro, un analista ubicó mi casa { $home }. Ubicó mi lugar de trabajo { $work }.
letter-home = {" "}Solo con ese registro, un analista ubicó mi casa { $home }.
letter-work = {" "}Solo con ese registro, un analista ubicó mi lugar de trabajo { $work }.
letter-sensitive = {" "}El registro también puede mostrar mis visitas a { $places }.
letter-unique = {" "}Y { $points ->
    [one] { $points } avistamiento basta
   *[other] { $points } avistamientos bastan
} para distinguir al { $percent } de los autos del pueblo de todos los demás.
letter-anchor = a menos de { $distance } de un punto, con { $sure } de seguridad, { $right ->
    [yes] y acertó
   *[no] y se equivocó: el lugar real está fuera de ese círculo
}
letter-anchor-right-off = a menos de { $distance } de un punto, con { $sure } de seguridad, y acertó: el lugar real está a { $off } de ese punto
letter-percent = { $percent }{"\u00A0"}%
