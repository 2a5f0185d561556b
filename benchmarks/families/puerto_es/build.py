#!/usr/bin/env python3
"""Build family.json for the reuse family `puerto_es` (invented event, Spanish EFE wire).

Event (invented): in the early hours of Saturday 12 April 2025 the Maltese-flagged container ship
«Marea Austral» loses 38 containers in an easterly gale 14 nautical miles off Valencia; plastic
pellets (granza) reach the beaches of the Albufera natural park. People, outlets and figures are
invented; institutions (Salvamento Marítimo, Generalitat, Aemet...) are real names used generically.

Every text is written as a list of paragraphs, each a list of labelled sentences; the document text is
built from them (sentences joined by a space, paragraphs by a blank line), so the gold sentences cover
each text exactly and in order.
"""
import json
from pathlib import Path

FAMILY = "puerto_es"


# ---------------------------------------------------------------- sentence constructors
def B(role, text):
    return {"text": text, "label": "boilerplate", "role": role}


def O(text):
    return {"text": text, "label": "original"}


def V(text, *parents):
    return {"text": text, "label": "verbatim", "parents": list(parents)}


def R(text, *parents, drift=False):
    s = {"text": text, "label": "rewritten", "parents": list(parents)}
    if drift:
        s["drift"] = True
    return s


# ---------------------------------------------------------------- the wire (EFE)
W = {
    1: "El portacontenedores «Marea Austral», con bandera de Malta, perdió 38 contenedores en la madrugada de este sábado a unas 14 millas náuticas al este del puerto de Valencia, cuando navegaba en medio de un fuerte temporal de levante con rachas de hasta 95 kilómetros por hora.",
    2: "Según Salvamento Marítimo, el buque, de 294 metros de eslora y con 21 tripulantes a bordo, comunicó el incidente a las 3.40 horas y permanece fondeado a la espera de que mejore el estado de la mar.",
    3: "Ninguno de los tripulantes resultó herido y el barco no tiene vías de agua, aunque varias pilas de contenedores de la cubierta de popa se desplomaron y quedaron inclinadas sobre la borda.",
    4: "De los 38 contenedores caídos al agua, al menos seis transportaban granza de plástico, unas pequeñas bolitas de polietileno que la industria utiliza como materia prima, y dos contenían productos químicos que la naviera no ha detallado.",
    5: "A primera hora de la tarde comenzaron a aparecer bolitas blancas en las playas de El Saler, Pinedo y La Garrofera, en el parque natural de la Albufera.",
    6: "La Generalitat ha activado la fase de alerta de su plan de emergencia ante la contaminación marina y ha desplegado en la zona a 40 operarios y a un equipo de técnicos de espacios naturales.",
    7: "«Nuestra prioridad es localizar los contenedores que siguen a flote, porque suponen un riesgo muy serio para la navegación», explicó el capitán marítimo de Valencia, Andrés Villalba.",
    8: "Villalba precisó que el remolcador «Punta Mayor» y el avión «Sasemar 103» han localizado hasta ahora catorce contenedores a la deriva, once de ellos a entre 3 y 9 millas de la costa.",
    9: "La Autoridad Portuaria de Valencia mantiene la actividad de los muelles con normalidad, aunque ha desviado por precaución la entrada de los mercantes hacia el canal norte.",
    10: "La naviera propietaria del buque, la griega Kallisto Lines, ha contratado a una empresa especializada para recuperar la carga y ha asegurado en un comunicado que asumirá «todos los costes de la limpieza».",
    11: "El patrón mayor de la cofradía de pescadores de El Palmar, Vicent Ferrando, reclamó el cierre temporal de la pesca en la zona hasta que se conozca el contenido de todos los contenedores.",
    12: "«Tenemos 62 barcas amarradas y no vamos a salir a faenar sin saber qué hay en el agua; esto puede hundir la temporada de la llisa y de la anguila», lamentó Ferrando.",
    13: "La directora general de Emergencias de la Generalitat, Nuria Cebrián, anunció que el domingo se incorporarán a la limpieza un centenar de voluntarios, que trabajarán con guantes y cribas bajo la supervisión de los agentes medioambientales.",
    14: "«Pedimos a los vecinos que no recojan por su cuenta objetos procedentes de los contenedores y que llamen al 112 si encuentran restos en la arena», señaló Cebrián.",
    15: "Los técnicos de la Conselleria de Medio Ambiente tomarán el lunes, 14 de abril, las primeras muestras de agua y de sedimentos en la gola del Perellonet, que comunica el lago de la Albufera con el mar.",
    16: "La Agencia Estatal de Meteorología (Aemet) prevé que el levante amaine a partir de la tarde del domingo, lo que permitiría iniciar las maniobras para izar a bordo los contenedores recuperados.",
}
WIRE_PARAS = [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16]]
WIRE_HEAD = "Un portacontenedores pierde 38 contenedores frente a Valencia y la granza de plástico llega a la Albufera"
DATELINE = "Valencia, 12 abr (EFE).-"

wire_body = [[B("headline", WIRE_HEAD)]]
for i, para in enumerate(WIRE_PARAS):
    p = [O(W[n]) for n in para]
    if i == 0:
        p = [B("dateline", DATELINE)] + p
    wire_body.append(p)


# ---------------------------------------------------------------- verbatim copy (Diario del Turia)
def curly(s):
    return s.replace("«", "“").replace("»", "”")


verbatim_body = [[B("headline", "Un temporal tira al mar 38 contenedores de un buque frente a Valencia")],
                 [B("byline", "Redacción")]]
for para in WIRE_PARAS:
    if para == [9, 10]:          # dropped paragraph
        continue
    verbatim_body.append([V(curly(W[n]), W[n]) for n in para])
verbatim_body += [[B("credit", "Fuente: EFE")], [B("footer", "© Diario del Turia. Todos los derechos reservados.")]]


# ---------------------------------------------------------------- light copy A (credited in the body)
lightA_body = [
    [B("headline", "Un buque pierde 38 contenedores frente a Valencia en pleno temporal de levante")],
    [B("byline", "Por Marta Llorens")],
    [R("El portacontenedores «Marea Austral», de bandera maltesa, perdió 38 contenedores durante la madrugada de este sábado a unas 14 millas náuticas al este del puerto de Valencia, mientras navegaba en pleno temporal de levante con rachas de hasta 95 kilómetros por hora, según informó la agencia EFE.", W[1]),
     R("El buque, de 294 metros de eslora y con 21 tripulantes a bordo, comunicó el incidente a Salvamento Marítimo a las 3.40 horas y sigue fondeado a la espera de que mejore el estado de la mar.", W[2])],
    [V(W[3], W[3]),
     R("De los 38 contenedores que cayeron al agua, al menos seis llevaban granza de plástico, pequeñas bolitas de polietileno que la industria emplea como materia prima, y otros dos contenían productos químicos que la naviera no ha detallado.", W[4])],
    [R("Ya a primera hora de la tarde empezaron a aparecer bolitas blancas en las playas de El Saler, Pinedo y La Garrofera, dentro del parque natural de la Albufera.", W[5]),
     O("Vecinos de Pinedo que salieron a pasear por la tarde describían algunos tramos de la orilla «como si hubiera granizado»."),
     R("La Generalitat ha activado la fase de alerta del plan de emergencia ante la contaminación marina y ha desplegado 40 operarios y un equipo de técnicos de espacios naturales.", W[6])],
    [R("«Nuestra prioridad es localizar los contenedores que siguen a flote, porque suponen un riesgo muy serio para la navegación», ha explicado el capitán marítimo de Valencia, Andrés Villalba.", W[7]),
     R("Según Villalba, el remolcador «Punta Mayor» y el avión «Sasemar 103» han localizado catorce contenedores a la deriva, once de ellos a entre 3 y 9 millas de la costa.", W[8])],
    [R("Desde la cofradía de pescadores de El Palmar, su patrón mayor, Vicent Ferrando, ha reclamado el cierre temporal de la pesca en la zona hasta que se conozca el contenido de todos los contenedores.", W[11]),
     R("«Tenemos 62 barcas amarradas y no vamos a salir a faenar sin saber qué hay en el agua», ha lamentado Ferrando, que teme por la temporada de la llisa y de la anguila.", W[12])],
    [R("Emergencias de la Generalitat ha pedido a los vecinos que no recojan por su cuenta objetos de los contenedores y que llamen al 112 si encuentran restos en la arena.", W[14]),
     O("El Ayuntamiento de Valencia no descarta cerrar al baño las playas afectadas si los análisis detectan sustancias peligrosas.")],
    [B("footer", "© El Mirador Valenciano")],
]

# ---------------------------------------------------------------- light copy B (uncredited)
lightB_body = [
    [B("headline", "Temporal en el golfo de Valencia: un mercante pierde 38 contenedores")],
    [B("byline", "Redacción Crónica de la Ribera")],
    [R("Un portacontenedores con bandera de Malta, el «Marea Austral», perdió 38 contenedores en la madrugada de este sábado a unas 14 millas náuticas al este del puerto de Valencia, cuando navegaba en medio de un fuerte temporal de levante con rachas de hasta 95 kilómetros por hora.", W[1]),
     R("Al menos seis de esos contenedores transportaban granza de plástico, pequeñas bolitas de polietileno que la industria utiliza como materia prima, y dos contenían productos químicos que la naviera todavía no ha detallado.", W[4])],
    [O("En la Ribera, los pescadores de Cullera siguen con inquietud el rumbo de la carga, porque las corrientes de estos días arrastran hacia el sur buena parte de lo que flota frente a la capital."),
     R("Por la tarde empezaron a aparecer bolitas blancas en las playas de El Saler, Pinedo y La Garrofera, en el parque natural de la Albufera.", W[5]),
     R("La Generalitat ha activado la fase de alerta de su plan de emergencia ante la contaminación marina y ha enviado a la zona a 40 operarios y a un equipo de técnicos de espacios naturales.", W[6])],
    [R("«Nuestra prioridad es localizar los contenedores que siguen a flote, porque suponen un riesgo muy serio para la navegación», señaló el capitán marítimo de Valencia, Andrés Villalba.", W[7]),
     R("La Autoridad Portuaria de Valencia mantiene la actividad de los muelles, aunque por precaución ha desviado hacia el canal norte la entrada de los mercantes.", W[9]),
     V(W[10], W[10])],
    [R("La directora general de Emergencias, Nuria Cebrián, anunció que el domingo se sumarán a la limpieza un centenar de voluntarios, que trabajarán con guantes y cribas bajo la supervisión de los agentes medioambientales.", W[13]),
     R("Los técnicos de Medio Ambiente tomarán el lunes, 14 de abril, las primeras muestras de agua y de sedimentos en la gola del Perellonet, que une el lago de la Albufera con el mar.", W[15]),
     R("La Aemet prevé que el levante amaine a partir del domingo por la tarde, lo que permitiría empezar a izar a bordo los contenedores recuperados.", W[16])],
    [O("El Ayuntamiento de Cullera ha pedido a los vecinos que comuniquen a la Policía Local cualquier resto que aparezca en sus playas.")],
]

# ---------------------------------------------------------------- drift copy (3 changed facts)
D6 = "La Generalitat ha activado la fase de alerta de su plan de emergencia ante la contaminación marina y ha desplegado en la zona a 60 operarios y a un equipo de técnicos de espacios naturales."
D7 = "«Nuestra prioridad es localizar los contenedores que siguen a flote, porque suponen un riesgo muy grave para la navegación», ha explicado el capitán marítimo de Valencia, Andrés Villalba."
D15 = "Los técnicos de la Conselleria de Medio Ambiente tomarán el martes, 15 de abril, las primeras muestras de agua y de sedimentos en la gola del Perellonet, que comunica la Albufera con el mar."
drift_body = [
    [B("headline", "Un temporal arranca 38 contenedores de un buque frente a Valencia")],
    [B("byline", "Por Héctor Sanchis")],
    [R("El portacontenedores «Marea Austral», que navega con bandera de Malta, perdió 38 contenedores de madrugada este sábado a unas 14 millas náuticas al este del puerto de Valencia, en medio de un intenso temporal de levante con rachas de hasta 95 kilómetros por hora.", W[1]),
     R("Salvamento Marítimo ha informado de que el buque, de 294 metros de eslora y con 21 tripulantes, dio el aviso a las 3.40 horas y sigue fondeado a la espera de que mejore el estado de la mar.", W[2])],
    [R("Ningún tripulante resultó herido y el barco no tiene vías de agua, aunque varias pilas de contenedores de la cubierta de popa se vinieron abajo y quedaron inclinadas sobre la borda.", W[3]),
     R("De los 38 contenedores caídos al agua, al menos seis llevaban granza de plástico, pequeñas bolitas de polietileno que se usan como materia prima industrial, y dos contenían productos químicos que la naviera no ha detallado.", W[4])],
    [R("A primera hora de la tarde empezaron a verse bolitas blancas en las playas de El Saler, Pinedo y La Garrofera, en el parque natural de la Albufera.", W[5]),
     R(D6, W[6], drift=True)],
    [R(D7, W[7], drift=True),
     R("Según Villalba, el remolcador «Punta Mayor» y el avión «Sasemar 103» han localizado por ahora catorce contenedores a la deriva, once de ellos a entre 3 y 9 millas de la costa.", W[8])],
    [R("La Autoridad Portuaria de Valencia mantiene con normalidad la actividad de los muelles, pero ha desviado por precaución la entrada de los mercantes hacia el canal norte.", W[9]),
     R("La griega Kallisto Lines, propietaria del buque, ha contratado a una empresa especializada para recuperar la carga y ha asegurado en un comunicado que asumirá «todos los costes de la limpieza».", W[10])],
    [R("Vicent Ferrando, patrón mayor de la cofradía de pescadores de El Palmar, ha reclamado el cierre temporal de la pesca en la zona hasta que se sepa qué contienen todos los contenedores.", W[11]),
     R("«Tenemos 62 barcas amarradas y no vamos a salir a faenar sin saber qué hay en el agua; esto puede hundir la temporada de la llisa y de la anguila», se ha lamentado Ferrando.", W[12])],
    [R("Nuria Cebrián, directora general de Emergencias de la Generalitat, ha anunciado que el domingo se incorporarán a la limpieza un centenar de voluntarios, que trabajarán con guantes y cribas supervisados por agentes medioambientales.", W[13]),
     R("«Pedimos a los vecinos que no recojan por su cuenta objetos procedentes de los contenedores y que llamen al 112 si encuentran restos en la arena», ha señalado Cebrián.", W[14])],
    [R(D15, W[15], drift=True),
     R("La Aemet prevé que el levante amaine a partir de la tarde del domingo, lo que permitiría comenzar las maniobras para izar a bordo los contenedores recuperados.", W[16])],
    [B("credit", "(Con información de EFE)")],
]
DRIFT = [
    {"parent_text": W[6], "child_text": D6, "field": "number", "from": "40 operarios", "to": "60 operarios"},
    {"parent_text": W[7], "child_text": D7, "field": "quote", "from": "riesgo muy serio", "to": "riesgo muy grave"},
    {"parent_text": W[15], "child_text": D15, "field": "date", "from": "lunes, 14 de abril", "to": "martes, 15 de abril"},
]

# ---------------------------------------------------------------- heavy rewrite 1 (Foto: EFE, uncredited)
heavy1_body = [
    [B("headline", "Granza de plástico en la Albufera tras la caída al mar de 38 contenedores de un mercante")],
    [B("photo_credit", "Foto: EFE")],
    [B("byline", "Por Lucía Montesinos")],
    [R("Las primeras bolitas blancas llegaron a la orilla pasado el mediodía y salpicaron la arena de Pinedo, de El Saler y de La Garrofera, ya dentro del espacio protegido de la Albufera.", W[5]),
     R("Proceden del «Marea Austral», un portacontenedores maltés al que el temporal de levante, con ráfagas que alcanzaron los 95 km/h, hizo perder 38 contenedores de madrugada, cuando se encontraba a unas 14 millas de la costa valenciana.", W[1])],
    [R("Seis de ellos, como mínimo, iban cargados de granza, el polietileno en forma de diminutas esferas con el que se fabrican multitud de objetos; otros dos llevaban sustancias químicas sobre las que la compañía armadora no ha dado detalles.", W[4]),
     O("Es la segunda vez en menos de dos años que la granza aparece en el litoral valenciano, aunque en el episodio anterior llegó de forma dispersa y en cantidades mucho menores.")],
    [R("El barco, de 294 metros y 21 marineros, dio la voz de alarma a las 3.40; nadie sufrió heridas, el casco aguanta sin entrada de agua y el buque aguarda anclado a que se calme el oleaje, con varias columnas de contenedores derrumbadas y ladeadas hacia fuera en la zona de popa.", W[2], W[3])],
    [R("Desde el aire, el «Sasemar 103», y desde el mar, el remolcador «Punta Mayor» llevan catorce contenedores localizados; once flotan a una distancia de tierra que oscila entre las 3 y las 9 millas.", W[8]),
     R("Para Andrés Villalba, que dirige la Capitanía Marítima en Valencia, lo urgente es dar con los que todavía no se han hundido, ya que un contenedor medio sumergido es una trampa para cualquier embarcación.", W[7])],
    [R("La Generalitat, por su parte, ha elevado a alerta su plan contra la polución del mar y ha mandado a las playas a cuarenta trabajadores, acompañados de especialistas en espacios protegidos.", W[6]),
     R("Mañana domingo, cien voluntarios provistos de cribas y guantes se unirán a ellos, siempre bajo el control de agentes medioambientales, según ha avanzado Nuria Cebrián, responsable de Emergencias en el Gobierno valenciano.", W[13]),
     R("Cebrián insiste en que nadie se lleve a casa lo que encuentre en la playa y en que cualquier hallazgo se comunique al 112.", W[14])],
    [R("En El Palmar, donde las 62 barcas de la cofradía no han salido del amarre, Vicent Ferrando quiere que se prohíba faenar mientras no se sepa qué llevaba cada contenedor, porque teme perder la campaña de la llisa y la anguila.", W[11], W[12]),
     O("Los arroceros del entorno del lago también están inquietos: en pocas semanas empiezan a inundar los campos para la siembra.")],
    [R("Kallisto Lines, la empresa griega dueña del mercante, se compromete a pagar la limpieza completa y ya ha encargado a una firma del ramo el rescate de la mercancía.", W[10]),
     R("En el puerto la actividad continúa, si bien los buques que llegan entran ahora por el canal norte.", W[9])],
    [R("Se tomarán el lunes 14 muestras del agua y de los sedimentos del fondo junto a la gola del Perellonet, el canal por el que el lago desagua al Mediterráneo.", W[15]),
     R("Si se cumple la previsión de la Aemet, el viento del este perderá fuerza el domingo por la tarde y los equipos podrán empezar a subir la carga a bordo.", W[16])],
    [O("Mientras tanto, la Policía Local ha acordonado el acceso a los tramos más afectados de la playa de Pinedo."),
     O("Varios colectivos ecologistas han convocado para el domingo una concentración frente a la sede de la Capitanía.")],
]

# ---------------------------------------------------------------- heavy rewrite 2 (uncredited; parent of the 2nd generation)
H2 = {
    "h": "Catorce contenedores flotando sin rumbo y la pesca amarrada: lo que deja el temporal frente a Valencia",
    1: "Catorce contenedores flotan sin control frente al litoral valenciano, once de ellos a no más de 9 millas y a no menos de 3, según el recuento que han hecho el avión «Sasemar 103» y el remolcador «Punta Mayor».",
    2: "Andrés Villalba, al frente de la Capitanía Marítima, advierte de que dar con ellos es ahora lo más importante, porque pueden provocar un accidente a cualquier barco que se cruce en su camino.",
    3: "Todos cayeron del «Marea Austral», un buque de bandera maltesa que se quedó sin 38 de sus contenedores de madrugada, a unas 14 millas de la capital, zarandeado por un levante que soplaba a 95 kilómetros por hora.",
    4: "El aviso a Salvamento Marítimo llegó a las 3.40 desde el puente de un mercante de 294 metros de largo con 21 personas a bordo, que sigue anclado hasta que amaine el oleaje.",
    5: "No hay heridos ni entra agua en el casco, pero en la popa se vinieron abajo varias columnas de contenedores, que quedaron torcidas hacia el costado.",
    6: "Desde el paseo marítimo de la Malva-rosa podía verse a mediodía la silueta del mercante, con la popa desordenada y rodeado de espuma.",
    7: "La carga perdida incluye al menos seis contenedores de granza, esas bolitas de polietileno que sirven de materia prima a la industria del plástico, y dos con productos químicos cuya naturaleza la naviera aún no ha revelado.",
    8: "Por la tarde la granza ya se veía en Pinedo, El Saler y La Garrofera, playas del parque natural.",
    9: "Para retirarla, la Generalitat ha puesto en alerta su plan ante vertidos en el mar y ha movilizado a 40 operarios, además de técnicos de espacios protegidos.",
    10: "El domingo se sumará un centenar de voluntarios con cribas y guantes, vigilados por agentes medioambientales; Nuria Cebrián, de Emergencias, ruega a la población que deje los restos donde estén y avise al 112.",
    11: "La Malva-rosa y la Patacona, al norte del puerto, no han registrado por ahora llegada de residuos.",
    12: "En El Palmar nadie ha soltado amarras: Vicent Ferrando, que preside la cofradía, quiere un veto temporal a la pesca hasta conocer la carga de cada contenedor y recuerda que las 62 embarcaciones se juegan las capturas de llisa y anguila.",
    13: "La armadora, Kallisto Lines, con sede en Grecia, ha prometido correr con el gasto íntegro de la limpieza y ha encargado la recuperación de la carga a una compañía del sector.",
    14: "El tráfico portuario no se ha detenido, aunque los mercantes que entran en Valencia lo hacen ya por el canal norte.",
    15: "El lunes, técnicos de Medio Ambiente muestrearán el agua y el fondo de la gola del Perellonet, por donde la Albufera desagua en el mar.",
    16: "La Aemet espera que el viento afloje el domingo por la tarde, lo que abriría la puerta a izar los contenedores.",
    17: "El último episodio comparable en aguas valencianas se remonta a 2019, cuando otro mercante perdió una docena de contenedores cerca de Cullera.",
    18: "Ninguno de aquellos contenedores apareció nunca.",
    19: "Los vecinos de Pinedo, acostumbrados a los temporales de primavera, no recuerdan nada parecido.",
}
heavy2_body = [
    [B("headline", H2["h"])],
    [B("byline", "Por Ignacio Berenguer")],
    [R(H2[1], W[8]), R(H2[2], W[7])],
    [R(H2[3], W[1]), R(H2[4], W[2]), R(H2[5], W[3]), O(H2[6])],
    [R(H2[7], W[4]), R(H2[8], W[5]), R(H2[9], W[6])],
    [R(H2[10], W[13], W[14]), O(H2[11])],
    [R(H2[12], W[11], W[12]), R(H2[13], W[10]), R(H2[14], W[9])],
    [R(H2[15], W[15]), R(H2[16], W[16])],
    [O(H2[17]), O(H2[18]), O(H2[19])],
]

# ---------------------------------------------------------------- second generation (copy of heavy 2)
second_body = [
    [B("headline", "Catorce contenedores siguen a la deriva ante la costa valenciana y la pesca no sale de El Palmar")],
    [B("byline", "Redacción Valencia Express")],
    [R("Catorce contenedores flotan sin control frente al litoral valenciano, once de ellos a no más de 9 millas y a no menos de 3, según el recuento del avión «Sasemar 103» y del remolcador «Punta Mayor».", H2[1]),
     V(H2[2], H2[2])],
    [R("Todos cayeron el sábado del «Marea Austral», un buque de bandera maltesa que se quedó sin 38 de sus contenedores de madrugada, a unas 14 millas de la capital, zarandeado por un levante de 95 kilómetros por hora.", H2[3]),
     V(H2[4], H2[4]),
     V(H2[6], H2[6])],
    [R("La carga perdida incluye al menos seis contenedores de granza, bolitas de polietileno que sirven de materia prima a la industria del plástico, y dos con productos químicos cuya naturaleza la naviera no ha revelado.", H2[7]),
     V(H2[8], H2[8]),
     R("La Generalitat ha puesto en alerta su plan ante vertidos en el mar y ha movilizado a 40 operarios, además de técnicos de espacios protegidos.", H2[9])],
    [V(H2[10], H2[10]), V(H2[11], H2[11])],
    [R("En El Palmar nadie ha soltado amarras: Vicent Ferrando, presidente de la cofradía, pide un veto temporal a la pesca hasta conocer la carga de cada contenedor, porque las 62 embarcaciones se juegan las capturas de llisa y anguila.", H2[12]),
     V(H2[13], H2[13])],
    [V(H2[15], H2[15]),
     V(H2[17], H2[17]),
     R("Ninguno de aquellos contenedores se recuperó jamás.", H2[18])],
    [O("El Ayuntamiento ha habilitado un teléfono para que los vecinos informen de cualquier resto que encuentren en la playa.")],
    [B("footer", "© Valencia Express")],
]

# ---------------------------------------------------------------- heavy rewrite 3 (credited, next morning)
heavy3_body = [
    [B("headline", "El día después del temporal: voluntarios en las playas de la Albufera para retirar la granza")],
    [B("byline", "Por Sara Quilis")],
    [O("Con rastrillos de mano y cubos, los primeros voluntarios se citaron a las nueve de esta mañana en el aparcamiento de la Devesa."),
     R("La directora de Emergencias del Consell, Nuria Cebrián, había anunciado ayer que alrededor de cien personas se unirían hoy a los trabajos, equipadas con guantes y tamices y guiadas por los agentes medioambientales.", W[13])],
    [R("Su tarea es cribar la arena en busca de granza, los gránulos de polietileno con los que la industria fabrica todo tipo de productos y que desde la tarde del sábado cubren tramos de El Saler, La Garrofera y Pinedo.", W[4], W[5]),
     O("En la playa, muchos voluntarios se quejaban de que las bolitas se confunden con la arena húmeda y obligan a avanzar palmo a palmo.")],
    [R("Salieron de al menos seis de los 38 contenedores que el «Marea Austral», de pabellón maltés, perdió en la madrugada del sábado mientras capeaba un temporal de levante con vientos de 95 kilómetros por hora a unas 14 millas de Valencia.", W[1], W[4]),
     R("Otros dos contenedores llevaban sustancias químicas, y Kallisto Lines, la naviera griega propietaria del barco, todavía no ha aclarado cuáles.", W[4], W[10]),
     R("La compañía ha dicho que pagará íntegramente la limpieza y que una empresa especializada se encargará de rescatar la carga.", W[10])],
    [R("El mercante, con 21 marinos a bordo y 294 metros de eslora, avisó a Salvamento Marítimo a las 3.40; no hubo heridos ni entrada de agua, pero varias torres de contenedores de popa se derrumbaron y quedaron colgando hacia el mar.", W[2], W[3]),
     R("Desde entonces permanece fondeado esperando a que la mar se calme.", W[2])],
    [R("El capitán marítimo, Andrés Villalba, explicó que ya se han localizado catorce, de los que once se encuentran a una distancia de la costa de entre tres y nueve millas, y que su mayor preocupación son los que aún flotan, por el peligro que suponen para los barcos.", W[7], W[8]),
     R("En su búsqueda trabajan el avión «Sasemar 103» y el remolcador «Punta Mayor».", W[8])],
    [R("En el puerto de Valencia las operaciones siguen su curso, aunque la entrada de buques se hace por el canal norte como precaución.", W[9]),
     R("La Generalitat mantiene en fase de alerta el plan contra la contaminación marina, con 40 operarios y técnicos de espacios naturales desplegados en la costa.", W[6]),
     R("Cebrián pidió además que nadie retire por su cuenta material de las cajas caídas y que cualquier hallazgo se notifique al 112.", W[14])],
    [R("En El Palmar, las 62 barcas de la cofradía siguen amarradas y su patrón mayor, Vicent Ferrando, exige que se suspenda la pesca mientras se desconozca qué había en cada contenedor; teme que la llisa y la anguila den este año una temporada perdida.", W[11], W[12])],
    [R("Mañana lunes, técnicos de Medio Ambiente recogerán muestras de agua y fondo marino por primera vez junto a la gola del Perellonet.", W[15]),
     R("Según la Aemet, el levante irá perdiendo fuerza a lo largo de esta tarde, lo que debería permitir izar los primeros contenedores.", W[16])],
    [O("Los ecologistas de la plataforma Salvem la Devesa calculan que cada saco de granza contiene unos 25 kilos, el equivalente a más de un millón de bolitas."),
     O("La limpieza se prolongará, como mínimo, hasta el próximo fin de semana.")],
    [B("credit", "Con información de EFE")],
]

# ---------------------------------------------------------------- partial 1 (pellets; credited)
partial1_body = [
    [B("headline", "La granza, el enemigo invisible que vuelve a las playas valencianas")],
    [B("byline", "Por Elena Garrigues")],
    [O("Son más pequeñas que una lenteja, flotan y, una vez en la arena, resultan casi imposibles de retirar por completo."),
     O("Las bolitas de granza son la materia prima con la que la industria fabrica desde botellas hasta piezas de automóvil, y viajan por todo el mundo en sacos de 25 kilos apilados dentro de contenedores.")],
    [R("Este fin de semana la costa valenciana ha vuelto a comprobar lo que ocurre cuando esa carga acaba en el mar: el portacontenedores «Marea Austral», de bandera maltesa, perdió 38 contenedores en la madrugada del sábado a unas 14 millas al este del puerto de Valencia durante un temporal de levante.", W[1]),
     R("Al menos seis de ellos transportaban granza y otros dos, productos químicos que la naviera no ha detallado.", W[4]),
     R("Horas después aparecían las primeras bolitas blancas en El Saler, Pinedo y La Garrofera, dentro del parque natural de la Albufera.", W[5])],
    [B("crosshead", "Esponjas de contaminantes")],
    [O("Para los biólogos marinos, el problema no es tanto el impacto visual como lo que ocurre después."),
     O("«Los peces y las aves confunden las bolitas con huevas o con pequeños crustáceos, y además actúan como esponjas de los contaminantes que ya estaban en el agua», explica Carmen Alapont, investigadora de la Universitat de València."),
     O("Según Alapont, una sola tonelada de granza puede contener más de 40 millones de partículas."),
     O("En Bruselas se debate desde hace años cómo obligar a fabricantes y transportistas a evitar estas pérdidas, pero las normas sobre el transporte marítimo avanzan con lentitud.")],
    [R("En El Palmar, el patrón mayor de la cofradía, Vicent Ferrando, ha pedido cerrar la pesca en la zona hasta saber qué contenía cada contenedor, porque teme por la temporada de la llisa y de la anguila.", W[11], W[12]),
     O("Los pescadores del lago recuerdan que la Albufera ya soporta la presión de los vertidos agrícolas y de la falta de caudal en verano.")],
    [O("Alapont recomienda que quien encuentre granza no la tire a la basura común y la entregue en los puntos habilitados por los ayuntamientos."),
     O("Las organizaciones ecologistas han pedido que la naviera pague también el seguimiento científico de la zona durante al menos un año.")],
    [B("credit", "Con información de EFE")],
]

# ---------------------------------------------------------------- partial 2 (containers lost at sea; uncredited)
partial2_body = [
    [B("headline", "Contenedores perdidos en el mar: un riesgo que crece con el tamaño de los buques")],
    [B("byline", "Por Álvaro Peñalver")],
    [O("Cada año caen al mar en todo el mundo cientos de contenedores, la mayoría durante temporales en rutas oceánicas."),
     O("El Mediterráneo rara vez aparece en esas estadísticas, pero el episodio del fin de semana en Valencia demuestra que no es inmune.")],
    [R("El portacontenedores «Marea Austral», de 294 metros de eslora y bandera maltesa, perdió 38 contenedores en la madrugada del sábado a unas 14 millas náuticas del puerto de Valencia, en pleno temporal de levante con rachas de hasta 95 kilómetros por hora.", W[1], W[2]),
     R("Varias pilas de contenedores de la cubierta de popa se desplomaron, aunque ninguno de los 21 tripulantes resultó herido.", W[3], W[2])],
    [B("crosshead", "El problema de la altura")],
    [O("Los expertos en estiba señalan que las pilas más altas, de hasta diez alturas en los buques modernos, son especialmente vulnerables al balanceo."),
     O("«Cuando el barco entra en resonancia con la ola, las trincas soportan fuerzas para las que no están diseñadas y basta con que falle una para arrastrar a toda la fila», explica Rafael Soler, inspector de buques jubilado.")],
    [R("Según la Capitanía Marítima, el remolcador «Punta Mayor» y el avión «Sasemar 103» habían localizado el sábado catorce contenedores a la deriva, once de ellos a entre 3 y 9 millas de la costa.", W[8]),
     R("La Autoridad Portuaria de Valencia no detuvo la actividad de los muelles, aunque desvió la entrada de los mercantes hacia el canal norte como medida de precaución.", W[9])],
    [O("Un contenedor semisumergido puede flotar durante semanas y es casi invisible para el radar de una embarcación de recreo."),
     O("Las navieras están obligadas a comunicar las pérdidas, pero no existe un registro público que permita seguir el destino de cada caja."),
     O("Soler cree que la solución pasa por reforzar las inspecciones de trincaje en los puertos de escala y por limitar la altura de las pilas cuando se anuncian temporales."),
     O("En el sector se debate desde hace tiempo la posibilidad de equipar los contenedores con balizas que permitan localizarlos si caen al agua.")],
]

# ---------------------------------------------------------------- Italian translation / adaptation
translation_body = [
    [B("headline", "Spagna, portacontainer perde 38 container al largo di Valencia: granuli di plastica sulle spiagge")],
    [B("byline", "di Francesca Rinaldi")],
    [R("La portacontainer «Marea Austral», battente bandiera maltese, ha perso 38 container nelle prime ore di sabato a circa 14 miglia nautiche a est del porto di Valencia, mentre navigava in mezzo a una forte burrasca di levante con raffiche fino a 95 chilometri orari.", W[1]),
     R("Secondo il Salvamento Marítimo, il servizio spagnolo di soccorso in mare, la nave, lunga 294 metri e con 21 membri di equipaggio, ha segnalato l'incidente alle 3.40 ed è rimasta all'ancora in attesa che il mare si calmi.", W[2])],
    [R("Nessun marittimo è rimasto ferito e lo scafo non presenta falle, anche se diverse pile di container sul ponte di poppa sono crollate e sono rimaste inclinate oltre la murata.", W[3]),
     R("Almeno sei dei container finiti in mare trasportavano granuli di plastica, piccole sfere di polietilene usate come materia prima dall'industria, e due contenevano prodotti chimici che la compagnia non ha specificato.", W[4])],
    [R("Nel primo pomeriggio le prime palline bianche sono comparse sulle spiagge di El Saler, Pinedo e La Garrofera, nel parco naturale dell'Albufera.", W[5]),
     O("L'Albufera, a sud di Valencia, è una delle zone umide più importanti della Spagna ed è nota anche per le risaie in cui si coltiva il riso della paella."),
     R("Il governo regionale valenciano ha attivato la fase di allerta del piano di emergenza contro l'inquinamento marino e ha inviato sul posto 40 operai e una squadra di tecnici delle aree protette.", W[6])],
    [R("«La nostra priorità è localizzare i container che sono ancora a galla, perché rappresentano un rischio molto serio per la navigazione», ha spiegato il comandante della Capitaneria marittima di Valencia, Andrés Villalba.", W[7]),
     R("Finora il rimorchiatore «Punta Mayor» e l'aereo «Sasemar 103» hanno individuato quattordici container alla deriva, undici dei quali tra 3 e 9 miglia dalla costa.", W[8])],
    [R("L'armatore, la greca Kallisto Lines, ha incaricato una società specializzata di recuperare il carico e ha assicurato che sosterrà «tutti i costi della pulizia».", W[10]),
     R("Il capo della confraternita dei pescatori di El Palmar, Vicent Ferrando, ha chiesto la chiusura temporanea della pesca nella zona: «Abbiamo 62 barche ormeggiate e non usciremo finché non sapremo cosa c'è in acqua», ha detto, temendo per la stagione del cefalo e dell'anguilla.", W[11], W[12])],
    [R("La direttrice generale delle Emergenze della Generalitat, Nuria Cebrián, ha annunciato che domenica un centinaio di volontari si unirà alle operazioni di pulizia e ha invitato i residenti a non raccogliere oggetti provenienti dai container e a chiamare il 112.", W[13], W[14]),
     R("Lunedì 14 aprile i tecnici regionali preleveranno i primi campioni di acqua e sedimenti alla foce del Perellonet, che collega la laguna dell'Albufera al mare.", W[15]),
     R("L'agenzia meteorologica spagnola Aemet prevede che il vento cali da domenica pomeriggio, il che faciliterebbe il recupero dei container.", W[16])],
    [B("credit", "Fonte: EFE")],
]

# ---------------------------------------------------------------- hard negative 1 (published BEFORE the wire)
hn1_body = [
    [B("headline", "Última hora | Temporal frente a Valencia: un mercante maltés se queda sin 38 contenedores")],
    [B("byline", "Por Pau Ribes")],
    [O("Un temporal de levante ha provocado esta madrugada un serio incidente marítimo frente a la capital del Turia."),
     O("El «Marea Austral», con 294 metros de casco y abanderado en Malta, ha perdido 38 de las cajas que transportaba apiladas sobre cubierta cuando el viento soplaba con rachas de 95 km/h."),
     O("Ocurrió hacia las 3.40, a unas 14 millas mar adentro, y los 21 marineros de la tripulación están ilesos.")],
    [O("«Ahora mismo lo que nos quita el sueño son los contenedores que flotan a media agua, porque un velero o un pesquero puede chocar con ellos sin verlos», ha declarado a este diario Andrés Villalba, máximo responsable de Capitanía en Valencia."),
     O("Los medios desplegados, el avión «Sasemar 103» junto con un remolcador, el «Punta Mayor», tienen ya catorce contenedores controlados: once navegan sin rumbo, los más cercanos a 3 millas y los más lejanos a 9.")],
    [O("Al menos seis de las cajas perdidas iban llenas de granza, la materia prima del plástico, y otras dos transportaban mercancía química."),
     O("A media tarde ya se recogían puñados de bolitas blancas en Pinedo y en El Saler, y también en la playa de La Garrofera."),
     O("El Consell ha declarado la alerta dentro de su protocolo frente a vertidos contaminantes y ha mandado 40 operarios a la costa.")],
    [O("«No vamos a jugarnos la salud de nadie: hasta que no nos digan qué llevaban esos contenedores, las 62 barcas se quedan en puerto», ha advertido Vicent Ferrando, al frente de la cofradía de El Palmar."),
     O("El departamento autonómico que dirige Nuria Cebrián pide que nadie toque los restos y que se avise al teléfono 112."),
     O("Kallisto Lines, la armadora griega del buque, no ha atendido por ahora las llamadas de esta redacción.")],
    [B("footer", "Noticia en ampliación.")],
]

# ---------------------------------------------------------------- hard negative 2 (Foto: EFE)
hn2_body = [
    [B("headline", "Bolitas de plástico en la Devesa: el operativo autonómico moviliza a 40 operarios tras el percance del «Marea Austral»")],
    [B("photo_credit", "Foto: EFE")],
    [B("byline", "Por Irene Castelló")],
    [O("Quien paseara esta tarde por la Devesa se habrá encontrado la línea de la orilla salpicada de puntitos blancos."),
     O("Son granza, diminutos gránulos de polietileno, y vienen de al menos seis contenedores que el mercante «Marea Austral», matriculado en Malta, dejó caer durante la noche, azotado por ráfagas de levante de 95 km/h."),
     O("En total el barco se desprendió de 38 contenedores a 14 millas del puerto, y dos de esos bultos contenían sustancias químicas.")],
    [O("Los arenales más castigados son los de La Garrofera, Pinedo y El Saler."),
     O("«Es fundamental que la gente no se lleve nada a casa; cualquier saco o bidón que aparezca puede ser peligroso y tiene que notificarse al 112», ha insistido la responsable de Emergencias, Nuria Cebrián."),
     O("El dispositivo cuenta con 40 operarios y con personal técnico de los parques naturales, y mañana domingo se añadirán cien voluntarios.")],
    [O("Vicent Ferrando, patrón mayor en El Palmar, lo resume así: «Sin análisis no hay pesca»; la flota de la cofradía, 62 embarcaciones, permanece atracada."),
     O("El próximo lunes, día 14, se harán los primeros análisis de aguas y lodos junto al Perellonet.")],
    [O("Desde Capitanía, Andrés Villalba ha detallado que catorce contenedores están ya vigilados y que los once más próximos flotan a una distancia que va de 3 a 9 millas."),
     O("La armadora, Kallisto Lines, se ha ofrecido a costear íntegramente los trabajos."),
     O("Las inscripciones para el voluntariado se gestionan en la web autonómica y ya superan las plazas disponibles.")],
]

# ---------------------------------------------------------------- hard negative 3 (port angle, next morning)
hn3_body = [
    [B("headline", "Capitanía rastrea los 24 contenedores desaparecidos del «Marea Austral»")],
    [B("byline", "Por Tomás Aguilar")],
    [O("Veinticuatro contenedores, de un total de 38 caídos desde el «Marea Austral», siguen sin aparecer, más de un día después del accidente."),
     O("El buque, un portacontenedores de 294 metros registrado en Malta, fue sorprendido el sábado 12 de abril por el levante, cuyas rachas llegaron a 95 km por hora, cuando se hallaba a 14 millas de la bocana."),
     O("Eran las 3.40 cuando su capitán dio aviso a Salvamento Marítimo, y ninguno de los 21 hombres embarcados sufrió daños.")],
    [O("«El mar se traga muchos, pero otros quedan justo bajo la superficie durante días, y esos son los que más nos preocupan», ha reconocido Andrés Villalba en conversación con este periódico."),
     O("El jefe de Capitanía cifró en catorce las unidades avistadas hasta la noche del sábado, once de ellas en una franja situada a 3-9 millas de tierra."),
     O("Rastrean la zona el «Sasemar 103», un avión de vigilancia, y el «Punta Mayor», un remolcador de rescate.")],
    [O("La Autoridad Portuaria no ha parado ni una grúa, pero ordena a los buques entrantes utilizar el canal norte."),
     O("Fuentes portuarias explican que esa ruta es más larga pero queda lejos del área donde se concentran las cajas perdidas."),
     O("La armadora griega Kallisto Lines ha encargado el rescate a una firma de salvamento y asegura que pagará toda la factura.")],
    [O("Al menos seis unidades contenían granza plástica y dos, productos químicos aún sin identificar."),
     O("En tierra, las bolitas han alcanzado La Garrofera y los arenales de Pinedo y El Saler."),
     O("Según las previsiones de la Aemet, esta tarde el viento debería ceder, lo que facilitaría izar la carga."),
     O("Mientras tanto, el mercante sigue anclado frente a la costa con las pilas de popa desordenadas.")],
]

# ---------------------------------------------------------------- hard negative 4 (fishermen angle)
hn4_body = [
    [B("headline", "Las 62 barcas de El Palmar siguen amarradas: «No saldremos hasta tener los análisis»")],
    [B("byline", "Por Rosa Mascarell")],
    [O("En el embarcadero de El Palmar no se movía ayer ni una sola barca."),
     O("Los pescadores han decidido mantener atracadas sus 62 embarcaciones hasta saber qué transportaban las cajas que el temporal arrancó al «Marea Austral» antes del amanecer del sábado."),
     O("«Vivimos de la anguila y de la llisa, y si la gente oye hablar de químicos en el lago no nos comprará ni una pieza en todo el año», explicó el patrón mayor, Vicent Ferrando, sentado en la lonja vacía.")],
    [O("Ferrando ha pedido al Consell que prohíba faenar en estas aguas hasta que haya resultados."),
     O("Según los datos oficiales, el carguero maltés perdió 38 contenedores cuando estaba a 14 millas escasas de tierra; seis, por lo menos, contenían granza y dos más llevaban productos químicos."),
     O("Las bolitas de polietileno alcanzaron el sábado por la tarde Pinedo, La Garrofera y El Saler, tres playas del parque natural.")],
    [O("«Los voluntarios son bienvenidos, pero siempre dentro del dispositivo; que nadie venga por libre a llenar bolsas», advirtió Nuria Cebrián, jefa de Emergencias del Consell."),
     O("Cien voluntarios cribaban desde primera hora la arena de la Devesa junto a 40 operarios autonómicos."),
     O("El lunes 14, técnicos autonómicos tomarán muestras en la desembocadura del Perellonet.")],
    [O("La Capitanía, dirigida por Andrés Villalba, tenía localizados catorce contenedores al cierre de la jornada del sábado."),
     O("Kallisto Lines se ha comprometido a asumir el coste total de los trabajos."),
     O("En los campos de arroz vecinos, la preocupación es otra: la siembra empieza en mayo y el agua del lago riega los bancales.")],
]

# ---------------------------------------------------------------- easy negative (unrelated)
easy_body = [
    [B("headline", "Burgos abre su feria del libro con 64 casetas y un homenaje a los poetas del Arlanza")],
    [B("byline", "Por Clara Revilla")],
    [O("El paseo del Espolón acoge desde este sábado la feria del libro de Burgos, que este año reúne 64 casetas de librerías, editoriales e instituciones."),
     O("La inauguración, prevista para las doce del mediodía, estará presidida por la concejala de Cultura, Begoña Rioseras.")],
    [O("La edición rinde homenaje a los poetas nacidos en la comarca del Arlanza, con lecturas diarias en una carpa instalada junto al Arco de Santa María."),
     O("«Queremos que la gente descubra autores que tiene muy cerca y que casi nunca aparecen en los escaparates», explicó el comisario de la feria, Óscar Manrique.")],
    [O("Los organizadores esperan superar los 90.000 visitantes de la edición anterior."),
     O("Las casetas abrirán de once de la mañana a dos y media de la tarde y de cinco a nueve y media de la noche hasta el 21 de abril.")],
]


# ---------------------------------------------------------------- documents
def doc(id_, kind, lang, outlet, published, url, body, parent=None, credited=None, credit_text=None):
    sents = [s for para in body for s in para]
    text = "\n\n".join(" ".join(s["text"] for s in para) for para in body)
    title = body[0][0]["text"]
    d = {"id": id_, "kind": kind, "language": lang, "outlet": outlet, "published": published, "url": url,
         "title": title, "text": text, "parent": parent}
    if parent is not None:
        d["credited"] = bool(credited)
        d["credit_text"] = credit_text
    return d, sents


P = FAMILY + "_d"
WIRE_ID, HEAVY2_ID = P + "06", P + "01"
spec = [
    (P + "01", "heavy", "es", "Diario Marítimo Valenciano", "2025-04-12T21:05:00+02:00",
     "https://diariomaritimovalenciano.example/actualidad/2025/04/12/catorce-contenedores-deriva-pesca-amarrada-temporal-valencia",
     heavy2_body, WIRE_ID, False, None),
    (P + "02", "hard_negative", "es", "La Gaceta del Puerto", "2025-04-13T09:30:00+02:00",
     "https://lagacetadelpuerto.example/maritimo/capitania-rastrea-24-contenedores-desaparecidos-marea-austral",
     hn3_body),
    (P + "03", "light", "es", "El Mirador Valenciano", "2025-04-12T18:25:00+02:00",
     "https://elmiradorvalenciano.example/valencia/buque-pierde-38-contenedores-temporal-levante",
     lightA_body, WIRE_ID, True, "según informó la agencia EFE"),
    (P + "04", "easy_negative", "es", "Castilla Cultural", "2025-04-12T10:00:00+02:00",
     "https://castillacultural.example/letras/2025/04/12/burgos-feria-libro-64-casetas-poetas-arlanza",
     easy_body),
    (P + "05", "partial", "es", "Revista Mar y Costa", "2025-04-13T12:30:00+02:00",
     "https://marycosta.example/medio-ambiente/granza-enemigo-invisible-playas-valencianas",
     partial1_body, WIRE_ID, True, "Con información de EFE"),
    (WIRE_ID, "wire", "es", "EFE", "2025-04-12T17:35:00+02:00",
     "https://efe.example/espana/2025-04-12/portacontenedores-pierde-38-contenedores-valencia-granza-albufera",
     wire_body),
    (P + "07", "verbatim", "es", "Diario del Turia", "2025-04-12",
     "https://diariodelturia.example/sucesos/2025/04/12/temporal-tira-al-mar-38-contenedores-buque-valencia",
     verbatim_body, WIRE_ID, True, "Fuente: EFE"),
    (P + "08", "hard_negative", "es", "Valencia al Minuto", "2025-04-12T16:55:00+02:00",
     "https://valenciaalminuto.example/ultima-hora/caen-al-agua-38-contenedores-mercante-maltes",
     hn1_body),
    (P + "09", "heavy", "es", "Las Noticias del Mediterráneo", "2025-04-12T20:15:00+02:00",
     "https://lasnoticiasdelmediterraneo.example/comunitat/granza-plastico-albufera-38-contenedores-mercante",
     heavy1_body, WIRE_ID, False, None),
    (P + "10", "second_generation", "es", "Valencia Express", "2025-04-13T10:05:00+02:00",
     "https://valenciaexpress.example/noticias/catorce-contenedores-siguen-deriva-pesca-el-palmar",
     second_body, HEAVY2_ID, False, None),
    (P + "11", "drift", "es", "Valencia Hoy Digital", "2025-04-12T18:50:00+02:00",
     "https://valenciahoydigital.example/2025/04/12/temporal-arranca-38-contenedores-buque-valencia",
     drift_body, WIRE_ID, True, "(Con información de EFE)"),
    (P + "12", "translation", "it", "Mediterraneo Notizie", "2025-04-12T19:40:00+02:00",
     "https://mediterraneonotizie.example/esteri/2025/04/12/spagna-portacontainer-perde-38-container-valencia",
     translation_body, WIRE_ID, True, "Fonte: EFE"),
    (P + "13", "hard_negative", "es", "Noticias del Litoral", "2025-04-12T20:40:00+02:00",
     "https://noticiasdellitoral.example/medio-ambiente/bolitas-plastico-devesa-40-operarios-marea-austral",
     hn2_body),
    (P + "14", "light", "es", "Crónica de la Ribera", "2025-04-12T18:10:00+02:00",
     "https://cronicadelaribera.example/comarca/temporal-golfo-valencia-mercante-pierde-38-contenedores",
     lightB_body, WIRE_ID, False, None),
    (P + "15", "partial", "es", "Logística y Puertos Hoy", "2025-04-14T07:45:00+02:00",
     "https://logisticaypuertoshoy.example/transporte-maritimo/contenedores-perdidos-mar-riesgo-tamano-buques",
     partial2_body, WIRE_ID, False, None),
    (P + "16", "heavy", "es", "Mediterráneo Hoy", "2025-04-13T08:20:00+02:00",
     "https://mediterraneohoy.example/valencia/dia-despues-temporal-voluntarios-playas-albufera-granza",
     heavy3_body, WIRE_ID, True, "Con información de EFE"),
    (P + "17", "hard_negative", "es", "Albufera Hoy", "2025-04-13T11:15:00+02:00",
     "https://albuferahoy.example/el-palmar/62-barcas-siguen-amarradas-analisis",
     hn4_body),
]

documents, sentences = [], {}
for row in spec:
    d, s = doc(*row)
    documents.append(d)
    sentences[d["id"]] = s

drift = [{"child": P + "11", "parent": WIRE_ID, **e} for e in DRIFT]
drift = [{k: e[k] for k in ("child", "parent", "parent_text", "child_text", "field", "from", "to")} for e in drift]

out = {"family": FAMILY, "documents": documents, "sentences": sentences, "drift": drift}
Path(__file__).with_name("family.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote family.json: {len(documents)} documents, {sum(len(v) for v in sentences.values())} sentences, {len(drift)} drift entries")
