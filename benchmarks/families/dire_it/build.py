#!/usr/bin/env python3
"""Build family.json (and the README table) for the family `dire_it`.

Texts are written once, in a neutral source typography: quotes as « »,
apostrophes as the ASCII '.  Each document has a typographic style that is
applied when the text is assembled, so that a verbatim copy differs from its
parent only in quote and apostrophe style.

Sentences are declared with helpers:
  B(role, text)                 boilerplate (headline, byline, dateline, credit, photo_credit, footer)
  O(text)                       the outlet's own sentence
  V(key)                        verbatim copy of the parent sentence `key`
  R(text, *keys, drift=[...])   rewritten from the parent sentences `keys`
A sentence may carry key="..." so that later documents can point at it.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = "dire_it"

# ---------------------------------------------------------------- typography
STYLES = {
    # name: (open quote, close quote, apostrophe)
    "straight": ('"', '"', "'"),
    "curly": ("\u201c", "\u201d", "\u2019"),
    "guill_curly": ("\u00ab", "\u00bb", "\u2019"),
    "guill_straight": ("\u00ab", "\u00bb", "'"),
}


def styled(text, style):
    o, c, a = STYLES[style]
    return text.replace("\u00ab", o).replace("\u00bb", c).replace("'", a)


# ---------------------------------------------------------------- helpers
REGISTRY = {}  # key -> (doc name, source text)


def B(role, text):
    return {"label": "boilerplate", "role": role, "src": text, "parents": [], "drift": []}


def O(text, key=None):
    return {"label": "original", "role": None, "src": text, "parents": [], "drift": [], "key": key}


def V(pkey, key=None):
    return {"label": "verbatim", "role": None, "src": None, "vkey": pkey, "parents": [pkey], "drift": [], "key": key}


def R(text, *pkeys, drift=None, key=None):
    d = [{"field": f, "from": a, "to": b} for (f, a, b) in (drift or [])]
    return {"label": "rewritten", "role": None, "src": text, "parents": list(pkeys), "drift": d, "key": key}


def LINES(*sents):
    """A paragraph whose sentences are separated by newlines (wire footer)."""
    return {"lines": list(sents)}


# ================================================================ THE WIRE
W = {
    "w1": "Un incendio di vaste proporzioni ha distrutto nella notte un capannone per lo stoccaggio di rifiuti plastici nella zona industriale di Prato Lauro, a Guidonia Montecelio, alle porte di Roma.",
    "w2": "Le fiamme sono divampate intorno alle 23.40 di domenica all'interno dell'impianto della Ecoplast Tiburtina srl, in via delle Cave Vecchie, e hanno avvolto in pochi minuti circa 1.200 tonnellate di materiale in attesa di essere selezionato.",
    "w3": "Sul posto sono intervenute 18 squadre dei vigili del fuoco, con circa 60 operatori arrivati anche dai comandi di Rieti e Frosinone.",
    "w4": "Il rogo è stato circoscritto solo alle 6 del mattino, ma le operazioni di smassamento e bonifica proseguiranno almeno per tutta la giornata di martedì.",
    "w5": "Non si registrano feriti; per precauzione sono state fatte allontanare 23 famiglie che vivono nelle palazzine di via dei Travertini, a poche centinaia di metri dal capannone.",
    "w6": "«Il fronte del fuoco ha interessato circa 4.000 metri quadrati e il tetto in lamiera è in parte collassato, per questo abbiamo lavorato dall'esterno con le autoscale», ha spiegato il comandante provinciale dei vigili del fuoco di Roma, Davide Ferrandi.",
    "w7": "«La situazione adesso è sotto controllo, ma nei cumuli restano focolai che potrebbero riattivarsi con il vento», ha aggiunto.",
    "w8": "La sindaca di Guidonia Montecelio, Marta Colasanti, ha firmato in mattinata un'ordinanza che dispone la chiusura di scuole, asili nido e centri sportivi nel raggio di 3 chilometri dall'impianto fino a venerdì 16 maggio.",
    "w9": "Ai residenti della stessa area è chiesto di tenere chiuse porte e finestre, di spegnere i condizionatori e di non consumare frutta e verdura coltivate negli orti.",
    "w10": "«Non vogliamo creare allarmismi, ma finché non avremo i dati sulla qualità dell'aria la prudenza viene prima di tutto», ha dichiarato Colasanti.",
    "w11": "«Chiederemo all'azienda di chiarire ogni aspetto sulle quantità di rifiuti presenti nel deposito», ha sottolineato la sindaca.",
    "w12": "I tecnici dell'Arpa Lazio hanno installato due centraline mobili per il monitoraggio delle diossine e delle polveri sottili, i cui primi risultati sono attesi per giovedì 15 maggio.",
    "w13": "La colonna di fumo nero, alta diverse centinaia di metri, è stata avvistata fino a Tivoli e alla periferia est della Capitale.",
    "w14": "Il titolare della Ecoplast Tiburtina, Renato Pellegatti, ha assicurato piena collaborazione agli inquirenti.",
    "w15": "«L'impianto aveva tutte le autorizzazioni e l'ultimo controllo risale a marzo, siamo i primi a voler capire cosa sia successo», ha detto Pellegatti.",
    "w16": "Sulle cause dell'incendio la Procura di Tivoli ha aperto un fascicolo e l'area è stata posta sotto sequestro.",
    "w17": "Non è la prima volta che l'impianto va a fuoco: un rogo più piccolo si era sviluppato nello stesso capannone nell'agosto del 2022.",
}


def WS(k):
    return O(W[k], key=k)


wire = dict(
    name="wire", kind="wire", outlet="Agenzia Dire", style="straight",
    published="2025-05-12T11:47:00+02:00",
    url="https://www.dire.example/notiziario/ambiente/2025/05/12/guidonia-incendio-deposito-plastiche-scuole-chiuse",
    parent=None,
    headline="AMBIENTE. GUIDONIA, IN FIAMME DEPOSITO DI PLASTICHE: SCUOLE CHIUSE NEL RAGGIO DI 3 KM",
    paras=[
        [B("dateline", "(DIRE) Roma, 12 mag. -"), WS("w1"), WS("w2")],
        [WS("w3"), WS("w4"), WS("w5")],
        [WS("w6"), WS("w7")],
        [WS("w8"), WS("w9"), WS("w10"), WS("w11")],
        [WS("w12"), WS("w13")],
        [WS("w14"), WS("w15")],
        [WS("w16"), WS("w17")],
        LINES(B("footer", "(Gag/ Dire)"), B("footer", "11:47 12-05-25")),
    ],
    notes="Agency item; dateline and the Dire signature/timestamp footer are boilerplate.",
)

# ================================================================ VERBATIM
verbatim = dict(
    name="verbatim", kind="verbatim", outlet="Notizie Lazio 24", style="guill_curly",
    published="2025-05-12",
    url="https://www.notizielazio24.example/cronaca/guidonia-in-fiamme-deposito-plastiche-scuole-chiuse",
    parent="wire",
    headline="Guidonia, in fiamme un deposito di plastiche: scuole chiuse nel raggio di 3 km",
    paras=[
        [V("w1"), V("w2")],
        [V("w3"), V("w4"), V("w5")],
        [V("w6"), V("w7")],
        [V("w8"), V("w9"), V("w10"), V("w11")],
        [V("w14"), V("w15")],
        [V("w16"), V("w17")],
    ],
    notes="Wire paragraph 5 (Arpa stations, smoke column) dropped; dateline and footer removed; quotes as « », apostrophes ’; date-only timestamp.",
)

# ================================================================ LIGHT A (credited)
light_a = dict(
    name="light_a", kind="light", outlet="Il Quotidiano della Tiburtina", style="curly",
    published="2025-05-12T12:20:00+02:00",
    url="https://www.quotidianotiburtina.example/guidonia/2025/05/12/brucia-deposito-rifiuti-plastici-chiuse-scuole",
    parent="wire",
    headline="Guidonia, brucia un deposito di rifiuti plastici: chiuse le scuole",
    paras=[
        [R("Un incendio di vaste proporzioni ha distrutto nella notte tra domenica e lunedì un capannone per lo stoccaggio di rifiuti plastici nella zona industriale di Prato Lauro, a Guidonia Montecelio.", "w1"),
         R("Le fiamme sono divampate intorno alle 23.40 all'interno dell'impianto della Ecoplast Tiburtina srl, in via delle Cave Vecchie, e in pochi minuti hanno avvolto circa 1.200 tonnellate di materiale in attesa di selezione.", "w2"),
         O("Per tutta la notte i residenti hanno segnalato un forte odore acre, avvertito anche a Villanova e a Setteville.")],
        [R("Sul posto sono arrivate 18 squadre dei vigili del fuoco, con circa 60 operatori giunti anche dai comandi di Rieti e Frosinone.", "w3"),
         R("Nessun ferito; per precauzione sono state fatte allontanare 23 famiglie che abitano nelle palazzine di via dei Travertini, a poche centinaia di metri dal capannone.", "w5")],
        [R("«Il fronte del fuoco ha interessato circa 4.000 metri quadrati e il tetto in lamiera è parzialmente collassato, per questo abbiamo lavorato dall'esterno con le autoscale», ha spiegato Davide Ferrandi, comandante provinciale dei vigili del fuoco di Roma.", "w6")],
        [R("La sindaca Marta Colasanti ha firmato in mattinata un'ordinanza che dispone la chiusura di scuole, asili nido e centri sportivi nel raggio di 3 chilometri dall'impianto fino a venerdì 16 maggio.", "w8"),
         V("w9"),
         R("«Non vogliamo creare allarmismi, ma finché non avremo i dati sull'aria la prudenza viene prima di tutto», ha dichiarato la prima cittadina.", "w10"),
         O("L'elenco dei plessi scolastici interessati dall'ordinanza è consultabile sul sito del Comune.")],
        [R("I tecnici dell'Arpa Lazio hanno installato due centraline mobili per monitorare diossine e polveri sottili: i primi risultati sono attesi giovedì 15 maggio.", "w12")],
        [R("Il titolare della Ecoplast Tiburtina, Renato Pellegatti, ha garantito piena collaborazione agli inquirenti.", "w14"),
         R("Sulle cause del rogo la Procura di Tivoli ha aperto un fascicolo e l'area è stata sequestrata.", "w16")],
        [B("credit", "Fonte: Agenzia Dire")],
    ],
    notes="11 of 17 wire sentences kept, w9 unchanged; two own sentences; credit line at the end.",
)

# ================================================================ LIGHT B (uncredited)
light_b = dict(
    name="light_b", kind="light", outlet="RomaEst Oggi", style="guill_straight",
    published="2025-05-12T12:55:00+02:00",
    url="https://www.romaestoggi.example/notizie/incendio-prato-lauro-ecoplast-23-famiglie-evacuate",
    parent="wire",
    headline="Incendio a Prato Lauro, distrutto un impianto di rifiuti plastici: evacuate 23 famiglie",
    paras=[
        [R("Un incendio di grandi proporzioni ha distrutto nella notte un capannone per lo stoccaggio di rifiuti plastici nella zona industriale di Prato Lauro, a Guidonia Montecelio, alle porte della Capitale.", "w1"),
         R("Le fiamme sono divampate intorno alle 23.40 di domenica nell'impianto della Ecoplast Tiburtina srl, in via delle Cave Vecchie, avvolgendo in pochi minuti circa 1.200 tonnellate di materiale ancora da selezionare.", "w2")],
        [R("Sono intervenute 18 squadre dei vigili del fuoco, circa 60 operatori, con rinforzi arrivati anche dai comandi di Rieti e Frosinone.", "w3"),
         V("w4")],
        [R("Non ci sono feriti; per precauzione sono state allontanate 23 famiglie che vivono nelle palazzine di via dei Travertini, a poche centinaia di metri dal capannone.", "w5"),
         O("Molti hanno trascorso la notte da parenti, altri sono stati ospitati in un albergo della zona a spese del Comune.")],
        [R("La sindaca di Guidonia Montecelio, Marta Colasanti, ha firmato un'ordinanza che chiude scuole, asili nido e centri sportivi nel raggio di 3 chilometri dall'impianto fino a venerdì 16 maggio.", "w8"),
         R("«Non vogliamo creare allarmismi, ma finché non avremo i dati sulla qualità dell'aria la prudenza viene prima di tutto», ha detto Colasanti.", "w10"),
         R("«Chiederemo all'azienda di chiarire ogni aspetto sulle quantità di rifiuti presenti nel deposito», ha aggiunto la sindaca.", "w11")],
        [R("La colonna di fumo nero, alta centinaia di metri, è stata vista fino a Tivoli e alla periferia est di Roma.", "w13")],
        [R("«L'impianto aveva tutte le autorizzazioni e l'ultimo controllo risale a marzo, siamo i primi a voler capire cosa sia successo», ha detto il titolare, Renato Pellegatti.", "w15"),
         R("Non è la prima volta che l'impianto va a fuoco: un incendio più piccolo era scoppiato nello stesso capannone nell'agosto del 2022.", "w17"),
         O("Sui social molti residenti chiedono da anni che i depositi di rifiuti vengano spostati lontano dalle case.")],
    ],
    notes="11 of 17 wire sentences kept, w4 unchanged; two own sentences; no credit.",
)

# ================================================================ HEAVY 1 (uncredited, photo credit only)
heavy_1 = dict(
    name="heavy_1", kind="heavy", outlet="Cronache Romane", style="guill_curly",
    published="2025-05-12T13:40:00+02:00",
    url="https://www.cronacheromane.example/provincia/maxi-rogo-guidonia-plastica-in-fiamme-stop-lezioni",
    parent="wire",
    headline="Maxi rogo a Guidonia Montecelio, plastica in fiamme per tutta la notte: stop alle lezioni fino a venerdì",
    paras=[
        [R("Mancavano una ventina di minuti alla mezzanotte di domenica quando dal capannone della Ecoplast Tiburtina, a Guidonia Montecelio, nel polo produttivo di Prato Lauro, si sono alzate le prime lingue di fuoco.", "w1", "w2", key="h1_1"),
         R("In breve l'incendio ha aggredito i cumuli di scarti in plastica stipati nel deposito di via delle Cave Vecchie, circa 1.200 tonnellate che aspettavano di essere separate e avviate al riciclo.", "w2", key="h1_2"),
         O("Dalla Tiburtina gli automobilisti rallentavano per fotografare il bagliore arancione che si alzava sopra i tetti dei capannoni.", key="h1_3"),
         O("Sui gruppi di quartiere, già all'alba, circolavano decine di video della nube ripresa dai balconi.", key="h1_4")],
        [R("Per domare le fiamme il comando di Roma ha chiesto rinforzi a Rieti e Frosinone: in tutto una sessantina di pompieri, divisi in 18 squadre.", "w3", key="h1_5"),
         R("Solo verso le sei di lunedì il fuoco è stato dichiarato circoscritto; smassamento e bonifica, però, andranno avanti almeno fino a martedì sera.", "w4", key="h1_6"),
         R("Secondo il comandante provinciale Davide Ferrandi, le fiamme si sono estese su quattromila metri quadrati circa.", "w6", key="h1_7"),
         R("Il cedimento di una parte della copertura in lamiera ha costretto le squadre a restare fuori dall'edificio e a operare dall'alto, con le autoscale.", "w6", key="h1_8"),
         R("Il pericolo, ha avvertito, non è del tutto cessato: sotto i cumuli covano ancora focolai che una raffica di vento potrebbe riaccendere.", "w7", key="h1_9")],
        [R("Nessuno è rimasto ferito, ma in via dei Travertini, dove le palazzine sorgono a qualche centinaio di metri dal rogo, 23 nuclei familiari hanno dovuto lasciare le proprie case in via precauzionale.", "w5", key="h1_10"),
         O("Alcuni residenti raccontano di essere stati svegliati poco dopo l'una dai vigili, che bussavano porta per porta.", key="h1_11")],
        [R("In mattinata è arrivata l'ordinanza della sindaca Marta Colasanti: fino a venerdì 16 compreso restano chiusi scuole, nidi e impianti sportivi entro tre chilometri dal deposito.", "w8", key="h1_12"),
         R("Chi abita nella zona deve evitare di aprire le finestre, lasciare spenta l'aria condizionata e non mangiare ortaggi o frutta raccolti nei propri orti.", "w9", key="h1_13"),
         R("La prima cittadina ha invitato alla calma, spiegando però che senza le analisi sull'aria il Comune preferisce agire con cautela.", "w10", key="h1_14"),
         R("All'azienda, ha annunciato, verranno chieste spiegazioni dettagliate su quanta plastica fosse stoccata nel capannone.", "w11", key="h1_15"),
         O("Per le informazioni ai cittadini il Comune ha attivato un numero verde, operativo dalle 8 alle 20.", key="h1_16")],
        [R("L'Arpa Lazio ha piazzato due stazioni mobili che misurano diossine e particolato: per conoscere i primi valori bisognerà aspettare giovedì 15.", "w12", key="h1_17"),
         R("Il pennacchio scuro si vedeva da Tivoli e perfino dai quartieri orientali di Roma.", "w13", key="h1_18")],
        [R("Renato Pellegatti, titolare della società, si è detto a disposizione degli investigatori e ha ricordato che il sito era in regola con i permessi e che l'ultima ispezione era stata fatta a marzo.", "w14", "w15", key="h1_19"),
         R("La Procura di Tivoli indaga sull'origine del rogo e ha disposto il sequestro dell'area.", "w16", key="h1_20"),
         R("Lo stesso capannone era già stato colpito da un incendio, più contenuto, nell'agosto di tre anni fa.", "w17", key="h1_21"),
         O("Gli incendi negli impianti che trattano rifiuti non sono una novità nella provincia di Roma, dove negli ultimi anni diversi depositi sono andati in fumo.", key="h1_22")],
        [B("photo_credit", "Foto: DIRE")],
    ],
    notes="Full rewrite, reordered; quotes turned into indirect speech; five own sentences; agency only in the photo credit.",
)

# ================================================================ HEAVY 2 (credited, generic)
heavy_2 = dict(
    name="heavy_2", kind="heavy", outlet="Il Giornale del Lazio", style="straight",
    published="2025-05-12T14:30:00+02:00",
    url="https://www.giornaledellazio.example/cronaca/guidonia-nube-nera-rogo-ecoplast-sindaca-chiude-scuole",
    parent="wire",
    headline="Guidonia, nube nera dopo il rogo alla Ecoplast: la sindaca chiude scuole e palestre",
    paras=[
        [R("Scuole, asili nido e palestre resteranno chiusi fino a tutto venerdì 16 maggio in un'area di tre chilometri attorno all'impianto di rifiuti andato a fuoco a Guidonia Montecelio.", "w8"),
         R("Lo ha stabilito con un'ordinanza firmata lunedì mattina la sindaca Marta Colasanti, dopo che nella notte le fiamme avevano distrutto il deposito della Ecoplast Tiburtina a Prato Lauro.", "w8", "w1"),
         R("Nella stessa zona i cittadini sono invitati a restare con gli infissi chiusi, a non accendere i climatizzatori e a non mangiare i prodotti dei propri orti.", "w9"),
         R("La sindaca ha escluso ogni allarmismo, ma ha spiegato che fino all'arrivo delle misurazioni sull'aria il Comune si muoverà con la massima cautela.", "w10"),
         R("Colasanti ha anche annunciato che pretenderà dalla società chiarimenti sulla quantità di plastica che si trovava nel capannone.", "w11")],
        [R("L'allarme è scattato verso le 23.40 di domenica, quando il fuoco è partito all'interno dello stabilimento di via delle Cave Vecchie, dove si trovavano in deposito 1.200 tonnellate circa di plastica da selezionare.", "w2"),
         R("Ci sono volute più di sei ore, e l'impegno di 60 vigili del fuoco arrivati da Roma, Rieti e Frosinone con 18 squadre, per circoscrivere l'incendio, mentre la bonifica durerà almeno fino a martedì.", "w3", "w4"),
         R("Non ci sono stati feriti, ma 23 famiglie di via dei Travertini sono state fatte uscire dalle loro case per precauzione.", "w5")],
        [R("Il comandante provinciale Davide Ferrandi ha riferito che il fuoco ha coperto 4.000 metri quadrati circa e che, con il tetto parzialmente crollato, i pompieri sono stati costretti a lavorare dall'esterno.", "w6"),
         R("Anche se la situazione è ormai gestibile, secondo Ferrandi il vento potrebbe ravvivare le braci rimaste nei cumuli.", "w7")],
        [O("L'impianto di Prato Lauro riceve plastiche da raccolta differenziata da una decina di Comuni della valle dell'Aniene."),
         O("Nel 2019 il consiglio comunale aveva discusso una mozione per trasferire lontano dalle abitazioni i depositi di rifiuti, poi rimasta lettera morta.")],
        [R("Le due centraline mobili installate dall'Arpa Lazio daranno i primi dati su diossine e Pm10 giovedì 15 maggio.", "w12"),
         R("Il fumo, nella notte, era visibile anche da Tivoli e dalla zona est di Roma.", "w13")],
        [R("L'imprenditore Renato Pellegatti, che guida la Ecoplast Tiburtina, ha garantito massima disponibilità agli inquirenti, sottolineando che tutte le autorizzazioni erano in regola e che a marzo c'era stato l'ultimo controllo.", "w14", "w15"),
         R("I magistrati di Tivoli hanno sequestrato l'area e aperto un'indagine; già nell'agosto 2022 il capannone era stato danneggiato da un incendio.", "w16", "w17")],
        [O("Le associazioni ambientaliste del territorio hanno chiesto un incontro urgente con la Regione."),
         O("Anche il comitato dei genitori dell'istituto comprensivo di Prato Lauro chiede che le lezioni riprendano solo dopo la pubblicazione dei dati.")],
        [B("credit", "(fonti di agenzia)")],
    ],
    notes="Rewrite leading with the ordinance; merges (w3+w4, w14+w15, w16+w17) and a split of w8; four own sentences; generic agency credit.",
)

# ================================================================ HEAVY 3 (uncredited, no credit at all)
heavy_3 = dict(
    name="heavy_3", kind="heavy", outlet="Lazio Verde", style="guill_curly",
    published="2025-05-12T21:15:00+02:00",
    url="https://www.lazioverde.example/ambiente/plastica-in-fumo-guidonia-diossine-rischi-controlli",
    parent="wire",
    headline="Plastica in fumo a Guidonia: cosa sappiamo su diossine, rischi e controlli",
    paras=[
        [B("byline", "di Elena Sartori")],
        [R("Una nube scura, visibile nella notte da Tivoli fino ai quartieri orientali della Capitale, ha segnalato a chilometri di distanza il rogo che ha divorato un deposito di plastiche a Guidonia Montecelio.", "w13", "w1"),
         R("A bruciare, a partire dalle 23.40 di domenica, sono state qualcosa come 1.200 tonnellate di rifiuti in plastica custoditi dalla Ecoplast Tiburtina nel suo capannone di Prato Lauro.", "w2")],
        [O("Quando brucia la plastica, spiegano i tecnici ambientali, si liberano sostanze come diossine, furani e idrocarburi policiclici aromatici, che tendono a depositarsi sul terreno e sulle foglie."),
         O("È per questo che, dopo incendi di questo tipo, le prime misure riguardano gli orti e gli animali da cortile."),
         R("Anche a Guidonia la raccomandazione ai residenti è di non consumare la verdura e la frutta dei propri orti, oltre a non aprire le finestre e a tenere spenti i condizionatori.", "w9")],
        [R("L'ordinanza firmata dalla sindaca Marta Colasanti vale per un'area di tre chilometri intorno al deposito: fino a venerdì 16 niente lezioni in scuole e nidi, e centri sportivi chiusi.", "w8"),
         R("Per capire se e quanto l'aria sia stata contaminata, l'Arpa Lazio ha sistemato due centraline mobili, i cui dati arriveranno giovedì 15 maggio.", "w12"),
         R("Fino ad allora, ha fatto sapere Colasanti, il Comune sceglierà la linea della precauzione, pur senza voler alimentare paure.", "w10")],
        [R("Sul fronte dell'emergenza, le 18 squadre dei pompieri, circa sessanta uomini compresi i rinforzi di Rieti e Frosinone, hanno avuto ragione delle fiamme solo verso le sei del mattino.", "w3", "w4"),
         R("Il comandante Davide Ferrandi ha spiegato che la superficie coinvolta è di quattromila metri quadrati circa e che il crollo parziale della copertura ha impedito di entrare.", "w6"),
         R("Nessun ferito, ma 23 famiglie che abitano in via dei Travertini hanno lasciato le loro case per precauzione, mentre la bonifica proseguirà almeno fino a martedì.", "w5", "w4")],
        [R("Sull'origine dell'incendio indaga la Procura di Tivoli, che ha sequestrato il sito; il titolare Renato Pellegatti sostiene che l'impianto fosse autorizzato e controllato l'ultima volta a marzo.", "w16", "w14", "w15"),
         R("Nel 2022, ad agosto, nello stesso capannone c'era già stato un principio d'incendio.", "w17"),
         O("Gli esperti ricordano che i depositi di plastica sono particolarmente esposti nei mesi caldi, quando le alte temperature favoriscono l'autocombustione."),
         O("Per chi vive vicino all'impianto, il consiglio è di lavare con cura terrazzi e davanzali prima di farvi giocare i bambini.")],
    ],
    notes="Environmental-angle rewrite, no credit and no photo credit; four own sentences.",
)

# ================================================================ DRIFT
drift_doc = dict(
    name="drift", kind="drift", outlet="Metropoli Notizie", style="curly",
    published="2025-05-12T13:10:00+02:00",
    url="https://www.metropolinotizie.example/roma-provincia/incendio-deposito-plastica-guidonia-chiuse-scuole",
    parent="wire",
    headline="Incendio in un deposito di plastica a Guidonia, chiuse le scuole",
    paras=[
        [R("Un vasto incendio ha distrutto nella notte un capannone per lo stoccaggio di rifiuti plastici a Guidonia Montecelio, nella zona industriale di Prato Lauro.", "w1"),
         V("w2")],
        [R("Sul posto sono intervenute 18 squadre dei vigili del fuoco, con circa 80 operatori arrivati anche dai comandi di Rieti e Frosinone.", "w3",
           drift=[("number", "60", "80")]),
         V("w4"),
         R("Non ci sono feriti, ma per precauzione 23 famiglie di via dei Travertini sono state allontanate dalle loro abitazioni.", "w5")],
        [R("«Il fronte del fuoco ha interessato circa 4.000 metri quadrati e il tetto in lamiera è in parte collassato, per questo abbiamo lavorato dall'esterno con le autoscale», ha spiegato il comandante provinciale dei vigili del fuoco di Roma, Daniele Ferrandi.", "w6",
           drift=[("name", "Davide Ferrandi", "Daniele Ferrandi")]),
         V("w7")],
        [R("La sindaca Marta Colasanti ha firmato un'ordinanza che chiude scuole, asili nido e centri sportivi nel raggio di 3 chilometri dall'impianto fino a sabato 17 maggio.", "w8",
           drift=[("date", "venerdì 16 maggio", "sabato 17 maggio")]),
         V("w9"),
         V("w10")],
        [R("L'Arpa Lazio ha installato due centraline mobili per misurare diossine e polveri sottili: i primi risultati sono attesi per giovedì 15 maggio.", "w12"),
         R("Il titolare dell'azienda, Renato Pellegatti, ha assicurato piena collaborazione e ha spiegato che l'impianto aveva tutte le autorizzazioni.", "w14", "w15"),
         V("w16")],
        [O("Il Comune ha pubblicato sul proprio sito la mappa dell'area interessata dall'ordinanza.")],
        [B("credit", "Fonte: Dire")],
    ],
    notes="Moderate rewrite with exactly three changed facts: firefighters 60→80, closure until sabato 17 maggio, commander Daniele Ferrandi.",
)

# ================================================================ PARTIAL 1 (uncredited)
partial_1 = dict(
    name="partial_1", kind="partial", outlet="Ecoinforma", style="guill_straight",
    published="2025-05-13T09:00:00+02:00",
    url="https://www.ecoinforma.example/rifiuti/impianti-in-fiamme-lazio-conto-preoccupa",
    parent="wire",
    headline="Impianti di rifiuti in fiamme, l'estate non è ancora iniziata e il conto già preoccupa",
    paras=[
        [B("byline", "di Paolo Mancuso")],
        [O("Il caldo non è ancora arrivato, ma la stagione degli incendi negli impianti di rifiuti sembra già cominciata."),
         R("Nella notte tra domenica e lunedì a Guidonia Montecelio è andato a fuoco il capannone della Ecoplast Tiburtina, a Prato Lauro, con dentro circa 1.200 tonnellate di plastica da selezionare.", "w1", "w2"),
         R("La sindaca Marta Colasanti ha chiuso scuole e impianti sportivi nel raggio di tre chilometri fino a venerdì 16 maggio.", "w8"),
         R("L'Arpa Lazio ha messo in funzione due centraline mobili e attende i primi risultati su diossine e polveri sottili per giovedì.", "w12")],
        [O("Secondo un dossier dell'Osservatorio Rifiuti Centro Italia, un'associazione che monitora la filiera, dal 2020 a oggi nel Lazio si contano 47 incendi in impianti di stoccaggio e trattamento."),
         O("Quasi due su tre hanno riguardato depositi di plastiche o di rifiuti ingombranti, materiali che bruciano a lungo e sono difficili da spegnere."),
         O("«Il problema è la quantità: molti impianti lavorano vicino al limite autorizzato e basta un cortocircuito per perdere il controllo», spiega Giulia Ferrante, ingegnera ambientale e curatrice del dossier.")],
        [R("Anche a Guidonia non si tratta di un primo episodio: lo stesso capannone aveva già subito un incendio, più piccolo, nell'agosto del 2022.", "w17"),
         O("Il dossier chiede controlli più frequenti e sistemi di rilevazione termica obbligatori nei depositi sopra le 500 tonnellate."),
         O("Alcune Regioni del Nord li hanno già resi un requisito per il rinnovo delle autorizzazioni.")],
        [O("C'è poi il tema delle assicurazioni, che per questi impianti costano sempre di più."),
         O("«Dopo ogni rogo i premi salgono, e le aziende più piccole rischiano di non farcela», osserva Ferrante."),
         O("L'Osservatorio presenterà il rapporto completo a giugno, a Roma.")],
    ],
    notes="Article on fires at waste plants in Lazio; embeds four wire sentences (w1+w2 merged, w8, w12, w17); no credit.",
)

# ================================================================ PARTIAL 2 (credited in body)
partial_2 = dict(
    name="partial_2", kind="partial", outlet="Genitori Oggi", style="guill_curly",
    published="2025-05-13T17:30:00+02:00",
    url="https://www.genitorioggi.example/scuola/guidonia-scuole-chiuse-fumo-famiglie",
    parent="wire",
    headline="Scuole chiuse per il fumo: a Guidonia le famiglie si organizzano",
    paras=[
        [B("byline", "di Francesca Orlandi")],
        [O("Per migliaia di famiglie di Guidonia Montecelio la settimana è cominciata con una domanda: a chi lasciare i figli?"),
         R("L'ordinanza della sindaca Marta Colasanti, firmata lunedì mattina, ha chiuso scuole, nidi e centri sportivi entro 3 chilometri dall'impianto andato a fuoco, e lo stop durerà fino a venerdì 16 maggio.", "w8"),
         B("credit", "Lo riferisce l'agenzia Dire.")],
        [O("I dirigenti dei quattro istituti comprensivi coinvolti si sono riuniti in videoconferenza già lunedì pomeriggio."),
         O("Due scuole hanno attivato le lezioni online per le classi delle medie, mentre per la primaria compiti e materiali arrivano attraverso il registro elettronico."),
         O("«Non possiamo chiedere a un bambino di sette anni di stare cinque ore davanti a uno schermo», spiega Lucia Pizzuti, dirigente dell'istituto comprensivo Guidonia 3.")],
        [R("Alle famiglie della zona è stato anche chiesto di tenere le finestre chiuse, di non usare i condizionatori e di non mangiare frutta e verdura degli orti.", "w9"),
         R("La sindaca ha spiegato di non voler creare allarmismi, ma di voler attendere i dati sulla qualità dell'aria prima di riaprire.", "w10"),
         R("I primi risultati delle centraline mobili dell'Arpa Lazio sono attesi per giovedì 15 maggio.", "w12")],
        [O("Intanto il Comune ha anticipato l'apertura di alcuni centri estivi in sedi fuori dall'area interessata."),
         O("Sono 120 i posti gratuiti per i bambini dai 3 ai 10 anni, con priorità alle famiglie in cui lavorano entrambi i genitori."),
         O("«È una soluzione tampone, ma ci ha salvato la settimana», racconta Simone, padre di due bambine che frequentano la primaria di Prato Lauro."),
         O("Le iscrizioni si raccolgono allo sportello dei servizi educativi del Comune.")],
    ],
    notes="Article on families coping with the school closures; embeds four wire sentences (w8, w9, w10, w12); in-body agency credit.",
)

# ================================================================ SECOND GENERATION (copy of heavy_1)
second_gen = dict(
    name="second_gen", kind="second_generation", outlet="Il Faro di Tivoli", style="straight",
    published="2025-05-12T19:05:00+02:00",
    url="https://www.farotivoli.example/territorio/rogo-guidonia-plastica-lezioni-sospese",
    parent="heavy_1",
    headline="Rogo a Guidonia, plastica in fiamme tutta la notte: lezioni sospese fino a venerdì",
    paras=[
        [V("h1_1"),
         R("In breve l'incendio ha aggredito i cumuli di scarti in plastica stipati nel deposito di via delle Cave Vecchie: circa 1.200 tonnellate in attesa di essere separate e avviate al riciclo.", "h1_2"),
         V("h1_3")],
        [V("h1_5"), V("h1_6"), V("h1_7"),
         R("Il cedimento di parte della copertura in lamiera ha costretto le squadre a restare all'esterno e a operare dall'alto, con le autoscale.", "h1_8")],
        [V("h1_10"), V("h1_11")],
        [V("h1_12"), V("h1_13"),
         R("La sindaca ha invitato alla calma, spiegando però che senza le analisi sull'aria il Comune preferisce muoversi con cautela.", "h1_14"),
         O("A Tivoli molti genitori si sono chiesti se lo stop riguardi anche le scuole di Villa Adriana: la risposta è no, perché si trovano fuori dal raggio fissato.")],
        [V("h1_17"),
         R("Il pennacchio scuro si vedeva benissimo anche da Tivoli, oltre che dai quartieri orientali di Roma.", "h1_18")],
        [V("h1_19"), V("h1_20"), V("h1_22")],
    ],
    notes="Copied from heavy_1 (Cronache Romane) with light edits, keeping its own sentences (h1_3, h1_11, h1_22); one own Tivoli sentence; no credit.",
)

# ================================================================ HARD NEGATIVE 1 (before the wire)
hard_neg_1 = dict(
    name="hard_neg_1", kind="hard_negative", outlet="Aniene Sera", style="guill_straight",
    published="2025-05-12T09:58:00+02:00",
    url="https://www.anienesera.example/cronaca/notte-di-fuoco-prato-lauro-brucia-ecoplast",
    parent=None,
    headline="Notte di fuoco a Prato Lauro: brucia la Ecoplast, evacuate 23 famiglie",
    paras=[
        [B("byline", "di Marco Tedeschi")],
        [O("Alle cinque del mattino, dal cavalcavia sulla Tiburtina, si vedeva ancora il bagliore."),
         O("Lo stabilimento della Ecoplast Tiburtina, lungo via delle Cave Vecchie, è bruciato per tutta la notte insieme a 1.200 tonnellate di scarti plastici.")],
        [O("Erano le 23.40, domenica sera, quando un camionista che passava davanti al cancello ha chiamato il 112."),
         O("In poche decine di minuti il fumo ha invaso le strade di Prato Lauro.")],
        [O("I vigili del fuoco hanno schierato 18 squadre, una sessantina di uomini tra quelli del comando di Roma e i rinforzi partiti da Rieti e Frosinone."),
         O("Verso le 6 Davide Ferrandi, che guida il comando provinciale, ha dato l'incendio per circoscritto."),
         O("«Abbiamo perso la copertura quasi subito, dentro non si poteva entrare: si lavora dall'alto e ci vorranno ancora ore per raffreddare tutto», ci ha detto Ferrandi davanti ai cancelli.")],
        [O("In via dei Travertini, a trecento metri dal rogo, i carabinieri hanno fatto scendere in strada 23 famiglie."),
         O("«Ho preso le bambine in braccio e siamo usciti in pigiama, il fumo entrava dalle tapparelle», racconta Anna, che abita al terzo piano."),
         O("Per fortuna non ci sono feriti.")],
        [O("La sindaca Marta Colasanti è arrivata sul posto all'alba e poco dopo le 8 ha firmato l'ordinanza che tiene chiusi asili, scuole e impianti sportivi in un raggio di 3 chilometri per tutta la settimana, fino al 16 maggio."),
         O("«Finestre chiuse e niente verdura dell'orto finché l'Arpa non ci dice cosa c'è nell'aria», ha ripetuto ai cronisti."),
         O("L'Arpa Lazio ha già acceso due stazioni di rilevamento; per i primi numeri bisogna attendere giovedì 15 maggio.")],
        [O("In zona circolano già domande sulla Ecoplast: lo stesso capannone aveva preso fuoco nell'agosto del 2022."),
         O("Nessuna risposta, per ora, dal titolare Renato Pellegatti.")],
    ],
    notes="Reporter on the scene, published before the wire; same names, numbers and dates; own quotes.",
)

# ================================================================ HARD NEGATIVE 2 (photo credit of the agency)
hard_neg_2 = dict(
    name="hard_neg_2", kind="hard_negative", outlet="Gazzetta di Roma Nord", style="guill_curly",
    published="2025-05-12T16:30:00+02:00",
    url="https://www.gazzettaromanord.example/guidonia/rogo-ecoplast-parla-il-titolare",
    parent=None,
    headline="Rogo alla Ecoplast, parla il titolare: «Carte in regola, controllati a marzo»",
    paras=[
        [B("byline", "di Sara Quaranta")],
        [O("Il giorno dopo, a Prato Lauro, restano lo scheletro annerito del capannone e un odore che prende alla gola."),
         O("Dalla sera di domenica, erano le 23.40, fino all'alba le fiamme hanno consumato l'intero deposito della Ecoplast Tiburtina: 1.200 tonnellate fra bottiglie, film e cassette, su una superficie di 4.000 metri quadrati.")],
        [O("Renato Pellegatti, 58 anni, titolare dell'azienda, ci riceve nel piazzale, accanto ai mezzi dei vigili del fuoco ancora al lavoro."),
         O("«Avevamo tutte le carte in regola, l'ultima verifica è di marzo», ripete."),
         O("«Voglio sapere anch'io come è potuto accadere, e metterò a disposizione dei magistrati ogni documento»."),
         O("Sull'incendio indagano i pm di Tivoli, che hanno fatto sigillare il piazzale; i carabinieri forestali hanno già acquisito i registri di carico e scarico.")],
        [O("Le 18 squadre intervenute nella notte, circa 60 vigili del fuoco anche da Rieti e Frosinone, stanno ancora raffreddando i cumuli."),
         O("Il comandante Davide Ferrandi prevede che la bonifica si chiuda non prima di martedì."),
         O("Le 23 famiglie sgomberate da via dei Travertini passeranno la notte fuori casa.")],
        [O("Intanto in città le scuole restano chiuse: l'ordinanza firmata in mattinata da Marta Colasanti, sindaca di Guidonia Montecelio, ferma le lezioni per 3 chilometri tutto intorno fino al 16 maggio."),
         O("«Riapriremo solo con dati certi in mano», ha detto la sindaca nel pomeriggio."),
         O("Dati che arriveranno giovedì 15 maggio dalle due centraline montate dall'Arpa Lazio."),
         O("La nube, nella notte, era visibile da Tivoli e da Roma est.")],
        [B("photo_credit", "Foto: DIRE")],
    ],
    notes="Afternoon follow-up with the plant owner; carries an agency photo credit but was written independently.",
)

# ================================================================ HARD NEGATIVE 3 (press conference)
hard_neg_3 = dict(
    name="hard_neg_3", kind="hard_negative", outlet="Radio Monti Tiburtini", style="curly",
    published="2025-05-12T18:10:00+02:00",
    url="https://www.radiomontitiburtini.example/news/incendio-ecoplast-conferenza-stampa-comune",
    parent=None,
    headline="Incendio Ecoplast, conferenza stampa in Comune: «Scuole chiuse fino a venerdì, giovedì i dati Arpa»",
    paras=[
        [O("Si è tenuta nel pomeriggio, nella sala consiliare di Guidonia Montecelio, la conferenza stampa sull'incendio che nella notte ha distrutto la Ecoplast Tiburtina di Prato Lauro."),
         O("Al tavolo la sindaca Marta Colasanti, il numero uno dei pompieri della provincia, Davide Ferrandi, e un funzionario dell'Arpa Lazio.")],
        [O("Ferrandi ha ripercorso la notte: prima chiamata alle 23.40, 18 squadre e circa 60 uomini sul posto, incendio circoscritto alle 6."),
         O("«Sono bruciati 4.000 metri quadrati di capannone con 1.200 tonnellate tra balle e cumuli, un carico di fuoco altissimo», ha detto.")],
        [O("La sindaca ha confermato il provvedimento firmato in mattinata: niente lezioni né attività sportive fino a venerdì 16 nel perimetro dei 3 chilometri attorno al deposito, con riapertura prevista lunedì 19 maggio se i dati lo consentiranno."),
         O("«Abbiamo scelto la strada più prudente: chi ha un orto non raccolga nulla e tenga le finestre chiuse fino a nuovo avviso», ha detto Colasanti."),
         O("La sindaca ha anche riferito di aver chiesto alla Ecoplast l'elenco completo dei materiali stoccati.")],
        [O("Il funzionario dell'Arpa ha spiegato che le due centraline registrano in continuo diossine e Pm10 e che il primo bollettino sarà pubblicato giovedì 15 maggio."),
         O("Gli accertamenti sono affidati ai magistrati tiburtini e il sito è sotto sigilli.")],
        [O("In serata il Comune ha aiutato le 23 famiglie evacuate da via dei Travertini a trovare un alloggio per la notte."),
         O("Assente all'incontro il titolare della Ecoplast, Renato Pellegatti.")],
    ],
    notes="Report of the afternoon press conference at the town hall; same facts, own quotes.",
)

# ================================================================ EASY NEGATIVE
easy_neg = dict(
    name="easy_neg", kind="easy_negative", outlet="Cronaca Tuscia", style="guill_straight",
    published="2025-05-12T12:05:00+02:00",
    url="https://www.cronacatuscia.example/vetralla/biblioteca-comunale-riapre-dopo-lavori",
    parent=None,
    headline="Vetralla, la biblioteca comunale riapre dopo due anni di lavori",
    paras=[
        [B("byline", "di Giorgio Landi")],
        [O("Dopo quasi due anni di cantiere, la biblioteca comunale di Vetralla riaprirà al pubblico sabato 24 maggio."),
         O("I lavori, finanziati con 640mila euro di fondi regionali ed europei, hanno riguardato il consolidamento del solaio, il rifacimento degli impianti e l'abbattimento delle barriere architettoniche.")],
        [O("La sala di lettura al piano terra è stata ampliata e ospiterà 48 postazioni, di cui dodici con computer."),
         O("«Restituiamo ai cittadini un luogo che per molti ragazzi era una seconda casa», ha detto l'assessora alla Cultura, Ilaria Bondi.")],
        [O("Il patrimonio librario, circa 22mila volumi, era stato trasferito temporaneamente in alcune aule dell'ex scuola elementare del centro."),
         O("Nella nuova sede troverà spazio anche una sezione dedicata alla storia locale, con documenti e fotografie donati dalle famiglie del paese.")],
        [O("L'orario sarà esteso: la biblioteca resterà aperta dal lunedì al sabato, con due aperture serali il martedì e il giovedì fino alle 22."),
         O("Per l'inaugurazione è previsto un pomeriggio di letture per bambini curato dai volontari del Servizio civile.")],
    ],
    notes="Unrelated local news (library reopening in Tuscia).",
)

DOCS = [wire, verbatim, light_a, light_b, heavy_1, heavy_2, heavy_3, drift_doc,
        partial_1, partial_2, second_gen, hard_neg_1, hard_neg_2, hard_neg_3, easy_neg]

# shuffled ids; the wire is not d01
ID_ORDER = ["heavy_2", "hard_neg_1", "light_b", "partial_1", "wire", "second_gen", "verbatim",
            "hard_neg_3", "drift", "easy_neg", "heavy_1", "light_a", "partial_2", "hard_neg_2", "heavy_3"]
IDS = {name: "%s_d%02d" % (FAMILY, i + 1) for i, name in enumerate(ID_ORDER)}
assert sorted(ID_ORDER) == sorted(d["name"] for d in DOCS)


def iter_sents(doc):
    for para in doc["paras"]:
        sents = para["lines"] if isinstance(para, dict) else para
        for s in sents:
            yield s


def build():
    by_name = {d["name"]: d for d in DOCS}
    # register source texts of keyed sentences
    for d in DOCS:
        for s in iter_sents(d):
            if s.get("key"):
                assert s["key"] not in REGISTRY, s["key"]
                REGISTRY[s["key"]] = (d["name"], s["src"])
    documents, sentences, drift_all = [], {}, []
    for d in DOCS:
        st = d["style"]
        did = IDS[d["name"]]
        head = styled(d["headline"], st)
        out_sents = [{"text": head, "label": "boilerplate", "parents": [], "role": "headline", "drift": []}]
        paras_txt = []
        credit_text = None
        for para in d["paras"]:
            is_lines = isinstance(para, dict)
            sents = para["lines"] if is_lines else para
            texts = []
            for s in sents:
                if s["label"] == "verbatim":
                    pname, psrc = REGISTRY[s["vkey"]]
                    src = psrc
                else:
                    src = s["src"]
                txt = styled(src, st)
                parents = []
                for k in s["parents"]:
                    pname, psrc = REGISTRY[k]
                    assert pname == d["parent"], (d["name"], k, pname)
                    parents.append(styled(psrc, by_name[pname]["style"]))
                rec = {"text": txt, "label": s["label"], "parents": parents, "role": s["role"], "drift": s["drift"]}
                out_sents.append(rec)
                texts.append(txt)
                if s["role"] == "credit":
                    credit_text = txt
                for dr in s["drift"]:
                    ptxt = parents[0]
                    assert dr["from"] in ptxt and dr["to"] in txt, dr
                    drift_all.append({"child": did, "parent": IDS[d["parent"]], "parent_text": ptxt,
                                      "child_text": txt, "field": dr["field"], "from": dr["from"], "to": dr["to"]})
            paras_txt.append(("\n" if is_lines else " ").join(texts))
        text = head + "\n\n" + "\n\n".join(paras_txt)
        documents.append({
            "id": did, "text": text, "language": "it", "outlet": d["outlet"], "published": d["published"],
            "url": d["url"], "title": head, "kind": d["kind"],
            "parent": IDS[d["parent"]] if d["parent"] else None,
            "credited": credit_text is not None, "credit_text": credit_text,
        })
        sentences[did] = out_sents
    documents.sort(key=lambda x: x["id"])
    fam = {"family": FAMILY, "documents": documents,
           "sentences": {k: sentences[k] for k in sorted(sentences)}, "drift": drift_all}
    with open(os.path.join(HERE, "family.json"), "w", encoding="utf-8") as f:
        json.dump(fam, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(fam)
    return fam


README_HEAD = """# dire_it — news text-reuse family (Italian, Agenzia Dire)

Written from scratch for this set. Event, people, companies and outlets are invented; all URLs use
`.example`. Real institutions (vigili del fuoco, Arpa Lazio, Procura di Tivoli, Comune, Regione) and
real places appear only as generic actors and settings.

## The invented event

In the night between Sunday 11 and Monday 12 May 2025, at about 23.40, a fire destroys the warehouse of
**Ecoplast Tiburtina srl**, a plastic-waste sorting plant in via delle Cave Vecchie, industrial area of
**Prato Lauro**, Guidonia Montecelio (province of Rome). About **1,200 tonnes** of plastic burn over
**4,000 m²**; **18 fire crews / about 60 firefighters** (reinforcements from Rieti and Frosinone) contain
it at 6 a.m.; clean-up runs at least through Tuesday. No one is hurt; **23 families** in via dei
Travertini are evacuated. Mayor **Marta Colasanti** signs an ordinance closing schools, nurseries and
sports centres within **3 km** until **Friday 16 May**, and tells residents to keep windows shut, switch
off air conditioning and not eat produce from their gardens. **Arpa Lazio** places two mobile stations
(dioxins, fine dust), first results **Thursday 15 May**. Provincial fire commander **Davide Ferrandi**
and owner **Renato Pellegatti** are quoted; the Procura di Tivoli opens a file and seizes the site. A
smaller fire hit the same building in August 2022.

The wire is an Agenzia Dire item in the agency's feed style: topic-prefixed upper-case headline
(`AMBIENTE. ...`), dateline `(DIRE) Roma, 12 mag. -`, straight quotes, and the signature/time footer
`(Gag/ Dire)` / `11:47 12-05-25`.

## Documents

Counts are sentence labels: V verbatim, R rewritten, O original, B boilerplate (headline included).
In the notes, `wN` is the N-th body sentence of the wire (after the dateline) and `h1_N` the N-th body
sentence of the heavy rewrite in Cronache Romane (the keys used in `build.py`).
"""

README_TAIL = """
## Notes on the construction

* Texts are stored once in `build.py` in a neutral typography and rendered per outlet (straight `"`/`'`,
  curly `“ ”`/`’`, or `« »` with `’` or `'`), so verbatim sentences differ from their parent only in quote
  and apostrophe style. Labels, parents and drift are computed by `build.py`, never typed by hand.
* Credits: `Fonte: Agenzia Dire`, `Fonte: Dire`, `(fonti di agenzia)` and the in-body `Lo riferisce
  l'agenzia Dire.` are credits (boilerplate, role `credit`). `Foto: DIRE` is a photo credit only
  (heavy rewrite Cronache Romane and hard negative Gazzetta di Roma Nord), so those are `credited: false`.
* The drift article (Metropoli Notizie) changes exactly three facts: 60 → 80 firefighters, closure until
  `venerdì 16 maggio` → `sabato 17 maggio`, commander `Davide Ferrandi` → `Daniele Ferrandi`.
* Heavy rewrites and hard negatives share no run of 5 tokens with the wire (tokens: case-folded, `\\w+`
  after splitting on apostrophes, so `1.200` is two tokens); hard negatives also share none with any
  derived document. `check.py` verifies this and the other constraints.
* The early hard negative (Aniene Sera, 09:58) precedes the wire (11:47); every copy follows its parent;
  the verbatim copy carries a date only.
"""


def write_readme(fam):
    by_id = {d["id"]: d for d in fam["documents"]}
    name_of = {v: k for k, v in IDS.items()}
    notes = {d["name"]: d["notes"] for d in DOCS}
    rows = ["| id | kind | outlet | published | parent | credit | V | R | O | B | notes |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for did in sorted(by_id):
        d = by_id[did]
        c = {k: 0 for k in ("verbatim", "rewritten", "original", "boilerplate")}
        for s in fam["sentences"][did]:
            c[s["label"]] += 1
        credit = d["credit_text"] or "—"
        if not d["credited"]:
            pc = [s["text"] for s in fam["sentences"][did] if s["role"] == "photo_credit"]
            credit = "none" + (" (photo: %s)" % pc[0] if pc else "")
        rows.append("| %s | %s | %s | %s | %s | %s | %d | %d | %d | %d | %s |" % (
            did, d["kind"], d["outlet"], d["published"], d["parent"] or "—", credit,
            c["verbatim"], c["rewritten"], c["original"], c["boilerplate"], notes[name_of[did]]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n" + "\n".join(rows) + "\n" + README_TAIL)


if __name__ == "__main__":
    fam = build()
    print("wrote %d documents, %d sentences, %d drift entries" % (
        len(fam["documents"]), sum(len(v) for v in fam["sentences"].values()), len(fam["drift"])))
