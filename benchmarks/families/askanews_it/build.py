#!/usr/bin/env python3
"""Build family.json for the askanews_it family.

Texts are written here with « » for quotes and ' for apostrophes; each document
then gets its outlet's typography (straight, curly or guillemets). Labels are
computed, not typed: a sentence with a role is boilerplate, one without parents
is original, one whose single parent is equal after normalising quotes and
whitespace is verbatim, any other reused sentence is rewritten.
"""
import json
import os
import re

FAMILY = "askanews_it"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers

def H(text):
    return {"key": None, "text": text, "parents": [], "role": "headline", "drift": []}


def B(text, role):
    return {"key": None, "text": text, "parents": [], "role": role, "drift": []}


def O(key, text):
    return {"key": key, "text": text, "parents": [], "role": None, "drift": []}


def R(key, text, parents, drift=None):
    return {"key": key, "text": text, "parents": list(parents), "role": None,
            "drift": drift or []}


QUOTES = {
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "guill": ("\u00ab", "\u00bb"),
}


def style(text, quotes, apos):
    o, c = QUOTES[quotes]
    text = text.replace("\u00ab", o).replace("\u00bb", c)
    if apos == "curly":
        text = text.replace("'", "\u2019")
    return text


def norm(s):
    s = re.sub("[\u00ab\u00bb\u201c\u201d\u201e\u201f\"]", '"', s)
    s = re.sub("[\u2018\u2019\u201a\u201b']", "'", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- wire

WIRE_HEADLINE = "Viterbo, 63 bambini male dopo il pranzo a scuola: stop alla mensa a Montevascello"

WIRE = [
    [B("Viterbo, 18 mar. (askanews) –", "dateline"),
     O("S1", "Sono 63 i bambini di tre plessi dell'istituto comprensivo «Anna Frezza» di Montevascello, in provincia di Viterbo, che hanno accusato sintomi di intossicazione alimentare dopo il pranzo servito ieri, lunedì 17 marzo, nelle mense scolastiche."),
     O("S2", "Quarantuno di loro sono stati accompagnati dai genitori o dal 118 al pronto soccorso dell'ospedale di Viterbo tra il pomeriggio e la tarda serata.")],
    [O("S3", "Secondo quanto riferito dalla Asl, 38 piccoli sono stati dimessi in nottata dopo le cure, mentre tre restano ricoverati in osservazione nel reparto di pediatria."),
     O("S4", "Nessuno dei bambini, che hanno tra i 6 e i 10 anni, è in pericolo di vita."),
     O("S5", "I sintomi, soprattutto vomito, dolori addominali e in alcuni casi febbre, sono comparsi circa due ore dopo il pasto.")],
    [O("S6", "Il menu del giorno prevedeva pasta al pomodoro, polpette di tacchino, purè di patate e frutta."),
     O("S7", "I pasti erano stati preparati nel centro cottura di località Le Fornaci della Ristoservice Tuscia srl, la ditta che gestisce il servizio per conto del Comune e che fornisce circa 1.200 pasti al giorno in nove comuni della zona.")],
    [O("S8", "«Abbiamo prelevato i campioni di tutti gli alimenti conservati dalla ditta e stiamo ascoltando le famiglie per ricostruire cosa abbia mangiato ciascun bambino», ha spiegato Giorgio Ranieri, direttore del dipartimento di prevenzione della Asl di Viterbo."),
     O("S9", "«Il sospetto principale riguarda le polpette, ma finché non avremo gli esiti delle analisi non possiamo escludere nulla», ha aggiunto Ranieri, precisando che i risultati sono attesi entro 72 ore.")],
    [O("S10", "In mattinata il sindaco Marta Ceccarelli ha firmato un'ordinanza che sospende la refezione in tutte le scuole comunali fino al 28 marzo."),
     O("S11", "«La salute dei bambini viene prima di tutto: finché non avremo un quadro chiaro la mensa resta chiusa e le lezioni termineranno alle 13», ha dichiarato la prima cittadina."),
     O("S12", "Ceccarelli ha annunciato inoltre che il Comune si costituirà parte civile in un eventuale procedimento.")],
    [O("S13", "I carabinieri del Nas hanno effettuato un sopralluogo nel centro cottura, dove hanno acquisito i registri delle temperature e le bolle di consegna delle materie prime."),
     O("S14", "La procura di Viterbo ha aperto un fascicolo conoscitivo, al momento senza indagati.")],
    [O("S15", "L'amministratore unico della Ristoservice Tuscia, Fabrizio Lolli, ha assicurato la piena collaborazione dell'azienda."),
     O("S16", "«Ogni giorno seguiamo protocolli rigorosi e conserviamo un campione di ogni pietanza proprio per casi come questo: siamo i primi a voler capire cosa sia successo», ha detto Lolli.")],
]

WIRE_BY_KEY = {it["key"]: it["text"] for p in WIRE for it in p if it["key"]}

# ---------------------------------------------------------------- verbatim copy
# Dateline removed, paragraph 6 (Nas and procura) dropped, typography changed.

VERBATIM = []
for i, para in enumerate(WIRE):
    if i == 5:
        continue
    VERBATIM.append([R("V" + it["key"], it["text"], [it["key"]])
                     for it in para if it["key"]])

# ---------------------------------------------------------------- light copies

LIGHT1 = [
    [R("L1a", "Sono 63 i bambini di tre plessi dell'istituto comprensivo Anna Frezza di Montevascello che hanno accusato sintomi di intossicazione alimentare dopo il pranzo servito lunedì 17 marzo nelle mense scolastiche.", ["S1"]),
     R("L1b", "Quarantuno di loro sono stati portati dai genitori o dal 118 al pronto soccorso dell'ospedale di Viterbo tra il pomeriggio e la tarda serata.", ["S2"])],
    [R("L1c", "Secondo la Asl, 38 piccoli sono stati dimessi in nottata, mentre tre restano ricoverati in osservazione in pediatria.", ["S3"]),
     R("L1d", "Nessuno dei bambini, che hanno tra i 6 e i 10 anni, è in pericolo di vita.", ["S4"])],
    [O("L1o1", "Montevascello conta poco più di 4.000 abitanti e nei tre plessi coinvolti studiano in tutto circa 310 alunni."),
     R("L1e", "Il menu del giorno prevedeva pasta al pomodoro, polpette di tacchino, purè e frutta.", ["S6"]),
     R("L1f", "I pasti erano stati preparati nel centro cottura di località Le Fornaci della Ristoservice Tuscia srl, la ditta che gestisce il servizio per il Comune e che fornisce circa 1.200 pasti al giorno in nove comuni.", ["S7"])],
    [R("L1g", "«Abbiamo prelevato i campioni di tutti gli alimenti conservati dalla ditta e stiamo ascoltando le famiglie per ricostruire cosa abbia mangiato ciascun bambino», ha spiegato Giorgio Ranieri, direttore del dipartimento di prevenzione della Asl.", ["S8"])],
    [R("L1h", "Il sindaco Marta Ceccarelli ha firmato questa mattina un'ordinanza che sospende la refezione in tutte le scuole comunali fino al 28 marzo.", ["S10"]),
     R("L1i", "«La salute dei bambini viene prima di tutto: finché non avremo un quadro chiaro la mensa resta chiusa e le lezioni finiranno alle 13», ha dichiarato il sindaco.", ["S11"])],
    [R("L1j", "«Ogni giorno seguiamo protocolli rigorosi e conserviamo un campione di ogni pietanza proprio per casi come questo: siamo i primi a voler capire cosa sia successo», ha detto l'amministratore unico della Ristoservice Tuscia, Fabrizio Lolli.", ["S15", "S16"]),
     O("L1o2", "In serata è previsto in municipio un incontro tra il sindaco e una delegazione di genitori.")],
    [B("Fonte: askanews", "credit")],
]

LIGHT2 = [
    [R("L2a", "Sono 63 i bambini delle scuole di Montevascello, in provincia di Viterbo, che hanno accusato sintomi di intossicazione alimentare dopo il pranzo servito lunedì nelle mense scolastiche.", ["S1"]),
     R("L2b", "In 41 sono stati accompagnati al pronto soccorso dell'ospedale di Viterbo tra il pomeriggio e la tarda serata.", ["S2"])],
    [R("L2c", "Secondo quanto riferito dalla Asl, 38 sono stati dimessi in nottata dopo le cure, mentre tre bambini restano ricoverati in osservazione nel reparto di pediatria.", ["S3"]),
     R("L2d", "Vomito, dolori addominali e in alcuni casi febbre i sintomi, comparsi circa due ore dopo il pasto.", ["S5"])],
    [R("L2e", "Nel menu del giorno c'erano pasta al pomodoro, polpette di tacchino, purè di patate e frutta.", ["S6"]),
     R("L2f", "«Il sospetto principale riguarda le polpette, ma finché non avremo gli esiti delle analisi non possiamo escludere nulla», ha spiegato Giorgio Ranieri, direttore del dipartimento di prevenzione della Asl di Viterbo, che attende i risultati entro 72 ore.", ["S9", "S8"]),
     O("L2o1", "Nella Tuscia non si ricordava un episodio di queste proporzioni in una mensa scolastica da diversi anni.")],
    [R("L2g", "Il sindaco Marta Ceccarelli ha firmato in mattinata un'ordinanza che sospende la refezione in tutte le scuole comunali fino al 28 marzo.", ["S10"]),
     R("L2h", "«La salute dei bambini viene prima di tutto: finché non avremo un quadro chiaro la mensa resta chiusa e le lezioni termineranno alle 13», ha dichiarato.", ["S11"])],
    [R("L2i", "La procura di Viterbo ha aperto un fascicolo conoscitivo, al momento senza indagati.", ["S14"]),
     O("L2o2", "Alle famiglie dei bambini coinvolti è stato chiesto di conservare referti e certificati medici.")],
]

# ---------------------------------------------------------------- heavy rewrites

HEAVY1 = [
    [B("di Giulia Marchetti", "byline")],
    [O("h1o1", "Una giornata di paura per decine di famiglie di Montevascello."),
     R("h1a", "Lunedì 17 marzo, un paio d'ore dopo aver mangiato in mensa, 63 scolari di età compresa fra 6 e 10 anni hanno cominciato a lamentare mal di pancia, nausea e vomito, e qualcuno anche qualche linea di febbre.", ["S1", "S4", "S5"])],
    [R("h1b", "In 41 sono finiti al pronto soccorso del capoluogo, chi in ambulanza e chi in auto con mamma e papà.", ["S2"]),
     R("h1c", "Per 38 di loro la notte si è chiusa con il ritorno a casa; tre invece sono stati trattenuti in pediatria per precauzione, ma le loro condizioni non destano preoccupazione.", ["S3", "S4"]),
     O("h1o2", "Nel piazzale dell'ospedale, fino a tarda sera, decine di genitori hanno atteso notizie.")],
    [R("h1d", "Sotto la lente c'è il pasto di lunedì: pennette al sugo, polpette di tacchino con purè e una porzione di frutta.", ["S6"]),
     R("h1e", "A cucinare è stata la Ristoservice Tuscia, società che dal suo stabilimento alle Fornaci sforna ogni giorno circa 1.200 pranzi per le scuole di nove paesi del comprensorio.", ["S7"]),
     O("h1o3", "Il contratto con il Comune era stato rinnovato lo scorso settembre.")],
    [R("h1f", "Gli ispettori della Asl hanno messo da parte un campione di ogni cibo custodito dalla ditta e stanno raccogliendo, famiglia per famiglia, il racconto di cosa sia finito nel piatto di ciascun alunno, ha riferito il responsabile della prevenzione Giorgio Ranieri.", ["S8"]),
     R("h1g", "Proprio le polpette sono la pista più battuta, anche se per una risposta definitiva bisognerà attendere il laboratorio: tre giorni al massimo.", ["S9"])],
    [R("h1h", "Il sindaco Marta Ceccarelli non ha perso tempo: con un'ordinanza firmata martedì mattina ha chiuso le mense di tutti gli istituti comunali fino a venerdì 28 marzo, e fino ad allora gli alunni usciranno alle 13.", ["S10", "S11"]),
     R("h1i", "Per la prima cittadina la priorità assoluta è la salute dei più piccoli, e la refezione non riaprirà finché il quadro non sarà chiarito.", ["S11"]),
     R("h1j", "Il Comune, ha aggiunto, è pronto a costituirsi parte civile se si arriverà a un processo.", ["S12"]),
     O("h1o4", "Per molte famiglie, senza mensa, si apre ora il problema di organizzare i pomeriggi dei figli.")],
    [R("h1k", "Nello stabilimento delle Fornaci sono entrati anche i militari del Nas, che hanno acquisito le schede di controllo delle temperature e i documenti di trasporto delle forniture.", ["S13"]),
     R("h1l", "In procura a Viterbo, per ora, c'è soltanto un fascicolo esplorativo e nessun nome iscritto.", ["S14"]),
     R("h1m", "Dalla società, l'amministratore Fabrizio Lolli fa sapere di essere a disposizione degli inquirenti e ricorda che di ogni piatto viene tenuta da parte una porzione di controllo, utile proprio in situazioni del genere.", ["S15", "S16"]),
     O("h1o5", "Tra i genitori, intanto, monta la rabbia: sui gruppi social del paese si moltiplicano i messaggi di chi vuole sapere chi controllasse la cucina.")],
]

HEAVY2 = [
    [R("h2a", "Mense scolastiche chiuse a Montevascello almeno fino a venerdì 28 marzo.", ["S10"]),
     R("h2b", "Lo ha stabilito martedì il sindaco Marta Ceccarelli con un provvedimento urgente, all'indomani del pranzo che ha fatto stare male 63 bambini del comprensivo Anna Frezza.", ["S10", "S1"])],
    [R("h2c", "Il malessere si è manifestato nel primo pomeriggio di lunedì, a un paio d'ore dal pasto: mal di pancia e vomito per tutti, e per alcuni pure la febbre.", ["S5"]),
     R("h2d", "Quarantuno piccoli sono passati dal pronto soccorso di Viterbo.", ["S2"]),
     R("h2e", "La maggior parte è tornata a casa già durante la notte, trentotto in tutto, mentre per tre di loro i medici hanno preferito un ricovero in pediatria.", ["S3"]),
     R("h2f", "Si tratta di alunni delle elementari, di età fra i sei e i dieci anni, e nessuno rischia la vita, assicurano dall'ospedale.", ["S4"])],
    [R("h2g", "Nel piatto, quel giorno, c'erano pasta col sugo, polpette di carne di tacchino, purè e un frutto.", ["S6"]),
     R("h2h", "È su queste ultime che si concentrano i sospetti dell'Asl, che però non scarta altre ipotesi e aspetta i risultati di laboratorio entro tre giorni.", ["S9"]),
     R("h2i", "Il responsabile del dipartimento prevenzione, Giorgio Ranieri, ha spiegato che sono stati raccolti campioni di ogni alimento conservato e che gli operatori stanno sentendo i genitori uno per uno.", ["S8"])],
    [R("h2j", "La cucina da cui sono usciti i pasti è quella della Ristoservice Tuscia, alle Fornaci, che rifornisce le scuole di nove comuni con circa 1.200 coperti quotidiani.", ["S7"]),
     R("h2k", "I carabinieri del Nas vi hanno fatto visita e hanno portato via la documentazione su temperature e forniture.", ["S13"]),
     R("h2l", "L'amministratore Fabrizio Lolli si dice tranquillo sul rispetto delle procedure e pronto a collaborare: anche l'azienda, sostiene, vuole vederci chiaro.", ["S15", "S16"]),
     R("h2m", "Sul caso indagano anche i magistrati viterbesi, che hanno aperto un fascicolo senza ipotesi di reato né indagati.", ["S14"])],
    [O("h2o1", "Le intossicazioni nelle mense scolastiche restano episodi rari, ma quando si verificano colpiscono molti bambini insieme, perché il menu è lo stesso per tutti."),
     O("h2o2", "Tra le cause più frequenti, spiegano gli esperti di sicurezza alimentare, ci sono batteri come salmonella e stafilococco, che proliferano quando la catena del freddo si interrompe."),
     O("h2o3", "La carne macinata, usata per polpette e ragù, è considerata uno degli alimenti più delicati da gestire in una cucina collettiva.")],
    [O("h2o4", "«Vogliamo trasparenza totale e un'analisi seria di come vengono controllati i fornitori», ha detto Luca Pernazza, rappresentante dei genitori nel consiglio d'istituto.")],
    [B("(con askanews)", "credit")],
]

HEAVY3 = [
    [R("h3a", "Potrebbero essere state delle polpette di tacchino a far stare male 63 scolari di Montevascello, piccolo comune dell'Alta Tuscia.", ["S1", "S9"]),
     R("h3b", "Il pranzo incriminato è quello di lunedì 17 marzo, consumato nelle mense di tre sedi dell'istituto comprensivo del paese.", ["S1"])],
    [R("h3c", "Accanto alle polpette, nel vassoio, c'erano un primo di pasta al sugo di pomodoro, una porzione di purè e la frutta.", ["S6"]),
     R("h3d", "Dopo circa due ore sono arrivati i primi malori: conati, crampi alla pancia e, in qualche caso, temperatura alta.", ["S5"]),
     O("h3o1", "«Mia figlia è tornata a casa bianca come un lenzuolo, non si reggeva in piedi», racconta una madre davanti alla scuola di via dei Tigli.")],
    [R("h3e", "Per 41 bambini si è reso necessario il passaggio in ospedale a Viterbo, e di questi 38 sono stati mandati a casa nel corso della notte.", ["S2", "S3"]),
     R("h3f", "Restano in osservazione in tre, nessuno in condizioni gravi.", ["S3", "S4"])],
    [R("h3g", "I pasti arrivano nelle scuole dal centro di cottura della Ristoservice Tuscia srl, che lavora per nove municipi della zona e prepara quotidianamente circa 1.200 porzioni.", ["S7"]),
     O("h3o2", "L'azienda, fondata nel 2009, ha una quarantina di dipendenti e gestisce anche la ristorazione di due case di riposo."),
     R("h3h", "Il suo amministratore, Fabrizio Lolli, ha garantito che la ditta darà tutto il supporto necessario e ha ricordato che una porzione di ciascun piatto viene sempre conservata per eventuali verifiche.", ["S15", "S16"])],
    [R("h3i", "Gli accertamenti sono nelle mani della Asl: il direttore della prevenzione, Giorgio Ranieri, ha fatto sapere che gli esiti delle analisi arriveranno entro tre giorni e che nel frattempo nessuna pista viene scartata.", ["S8", "S9"]),
     R("h3j", "Intanto i tecnici hanno messo sotto chiave i campioni conservati e parlano con i genitori per sapere cosa abbia mangiato ogni alunno.", ["S8"]),
     R("h3k", "Ispezione anche da parte del Nas, che ha acquisito documenti nella cucina delle Fornaci, mentre in procura è stato aperto un fascicolo, per ora senza indagati.", ["S13", "S14"])],
    [R("h3l", "La sindaca Marta Ceccarelli ha sospeso con ordinanza la refezione scolastica in paese fino a venerdì 28 marzo, con uscita anticipata alle 13.", ["S10", "S11"]),
     O("h3o3", "Nel paese l'episodio ha riacceso la discussione sulla scelta, fatta anni fa, di chiudere la cucina interna della scuola e affidarsi a un fornitore esterno."),
     O("h3o4", "Alcuni genitori hanno già annunciato l'intenzione di rivolgersi a un avvocato.")],
    [B("Foto: askanews", "photo_credit")],
]

# ---------------------------------------------------------------- drift
# Exactly three changed facts: 1.200 -> 1.800 meals (number), 28 -> 31 March
# (date), Giorgio Ranieri -> Giorgio Ranucci (name). Each appears once.

DRIFT = [
    [R("Da", "Sono 63 gli alunni dell'istituto comprensivo Anna Frezza di Montevascello, nel Viterbese, che hanno avuto sintomi di intossicazione alimentare dopo il pranzo di lunedì 17 marzo in mensa.", ["S1"]),
     R("Db", "In 41 sono stati accompagnati al pronto soccorso dell'ospedale di Viterbo tra il pomeriggio e la sera.", ["S2"])],
    [R("Dc", "Secondo la Asl, 38 bambini sono stati dimessi durante la notte e tre restano ricoverati in pediatria in osservazione.", ["S3"]),
     R("Dd", "Nessuno è in pericolo di vita.", ["S4"]),
     R("De", "Vomito, dolori addominali e in qualche caso febbre sono comparsi circa due ore dopo il pasto.", ["S5"])],
    [R("Df", "Nel menu c'erano pasta al pomodoro, polpette di tacchino, purè di patate e frutta.", ["S6"]),
     R("Dg", "A preparare i pasti è stata la Ristoservice Tuscia srl, nel centro cottura di località Le Fornaci: la ditta gestisce il servizio per il Comune e fornisce circa 1.800 pasti al giorno in nove comuni della zona.", ["S7"],
       drift=[{"from": "1.200", "to": "1.800", "field": "number"}])],
    [R("Dh", "«Abbiamo prelevato i campioni di tutti gli alimenti conservati e stiamo sentendo le famiglie per capire cosa abbia mangiato ogni bambino», ha spiegato Giorgio Ranucci, direttore del dipartimento di prevenzione della Asl di Viterbo.", ["S8"],
       drift=[{"from": "Giorgio Ranieri", "to": "Giorgio Ranucci", "field": "name"}]),
     R("Di", "Il sospetto principale riguarda le polpette, ma gli esiti delle analisi sono attesi entro 72 ore e fino ad allora, ha aggiunto il dirigente, non si può escludere nulla.", ["S9"])],
    [R("Dj", "Il sindaco Marta Ceccarelli ha firmato un'ordinanza che sospende la refezione in tutte le scuole comunali fino al 31 marzo.", ["S10"],
       drift=[{"from": "28 marzo", "to": "31 marzo", "field": "date"}]),
     R("Dk", "«La salute dei bambini viene prima di tutto», ha dichiarato, annunciando che le lezioni termineranno alle 13 e che il Comune si costituirà parte civile in un eventuale procedimento.", ["S11", "S12"])],
    [R("Dl", "I carabinieri del Nas hanno acquisito nel centro cottura i registri delle temperature e le bolle di consegna, mentre la procura di Viterbo ha aperto un fascicolo conoscitivo senza indagati.", ["S13", "S14"]),
     R("Dm", "L'amministratore unico dell'azienda, Fabrizio Lolli, ha assicurato piena collaborazione.", ["S15"])],
]

# ---------------------------------------------------------------- partials

PARTIAL1 = [
    [O("P1o1", "Dopo il caso di Montevascello, il Coordinamento genitori del Lazio torna a chiedere ispezioni senza preavviso nelle cucine che preparano i pasti per le scuole."),
     O("P1o2", "La richiesta è contenuta in una lettera inviata ieri all'assessorato regionale alla Sanità e ai sindaci dei comuni capoluogo.")],
    [R("P1a", "Secondo quanto riportato dall'agenzia askanews, sono 63 i bambini di Montevascello, nel Viterbese, che hanno accusato sintomi di intossicazione alimentare dopo il pranzo consumato in mensa lunedì 17 marzo.", ["S1"]),
     R("P1b", "Di questi, 38 sono stati dimessi in nottata e tre sono rimasti ricoverati in osservazione in pediatria.", ["S3"]),
     R("P1c", "I pasti provenivano dal centro cottura di una ditta privata, la Ristoservice Tuscia srl, che distribuisce circa 1.200 pasti al giorno in nove comuni.", ["S7"]),
     R("P1d", "Il sindaco ha sospeso la refezione in tutte le scuole comunali fino al 28 marzo.", ["S10"])],
    [O("P1o3", "«Quello che è successo nel Viterbese poteva succedere ovunque», afferma Daniela Fiorucci, presidente del Coordinamento."),
     O("P1o4", "«Oggi i controlli sono programmati e le aziende sanno più o meno quando arriveranno gli ispettori: chiediamo verifiche a sorpresa almeno due volte l'anno e la pubblicazione degli esiti sui siti dei Comuni», aggiunge."),
     O("P1o5", "Il Coordinamento propone anche di premiare nei bandi, con un punteggio più alto, le ditte che cucinano all'interno delle scuole.")],
    [O("P1o6", "Le regole attuali prevedono che ogni centro cottura conservi per almeno 72 ore un campione di ciascuna pietanza servita, il cosiddetto pasto testimone."),
     O("P1o7", "È proprio questo campione, spiegano i tecnici, a permettere di risalire all'alimento contaminato quando più persone si ammalano nello stesso giorno.")],
    [O("P1o8", "Sul tema è intervenuta anche la consigliera regionale Serena Lupardi, che ha annunciato un'interrogazione per conoscere il numero di ispezioni svolte negli ultimi tre anni nelle mense del Lazio."),
     O("P1o9", "Nelle prossime settimane il Coordinamento chiederà un incontro con i dirigenti delle Asl.")],
]

PARTIAL2 = [
    [O("P2o1", "A Roccalupa la mensa scolastica resta aperta, ma fino a nuovo ordine nei piatti dei bambini non ci sarà carne."),
     O("P2o2", "Lo ha deciso il sindaco Ettore Balducci dopo un incontro con la dirigente scolastica e i rappresentanti dei genitori.")],
    [R("P2a", "Anche Roccalupa è servita dalla Ristoservice Tuscia, la ditta che dal centro cottura di Le Fornaci prepara ogni giorno circa 1.200 pasti per nove comuni della zona, compreso quello di Montevascello.", ["S7"]),
     R("P2b", "Proprio a Montevascello, lunedì 17 marzo, 63 bambini si sono sentiti male dopo aver pranzato in mensa.", ["S1"]),
     R("P2c", "La Asl sospetta soprattutto le polpette di tacchino servite quel giorno, ma aspetta i risultati delle analisi, attesi entro 72 ore.", ["S9", "S6"])],
    [O("P2o3", "«Non abbiamo elementi per dire che ci sia un problema anche qui, ma preferiamo essere prudenti», spiega Balducci."),
     O("P2o4", "Da oggi la ditta fornirà a Roccalupa solo primi piatti, verdure, formaggi e frutta."),
     O("P2o5", "Nel piccolo comune la mensa è frequentata ogni giorno da 85 bambini tra scuola dell'infanzia e primaria.")],
    [O("P2o6", "Alcune famiglie hanno comunque scelto di far uscire i figli prima di pranzo."),
     O("P2o7", "La decisione sarà rivista quando saranno noti gli esiti degli accertamenti.")],
]

# ---------------------------------------------------------------- second generation (from HEAVY1)

SECOND = [
    [R("G1", "Una giornata di paura per decine di famiglie di Montevascello.", ["h1o1"]),
     R("G2", "Lunedì 17 marzo, un paio d'ore dopo il pranzo in mensa, 63 scolari di età compresa fra 6 e 10 anni hanno cominciato a lamentare mal di pancia, nausea e vomito, e alcuni anche qualche linea di febbre.", ["h1a"])],
    [R("G3", "In 41 sono finiti al pronto soccorso del capoluogo, chi in ambulanza e chi in auto con mamma e papà.", ["h1b"]),
     R("G4", "Per 38 di loro la notte si è conclusa con il ritorno a casa; tre invece sono stati trattenuti in pediatria per precauzione, ma le condizioni non destano preoccupazione.", ["h1c"]),
     R("G5", "Nel piazzale dell'ospedale, fino a tarda sera, decine di genitori hanno atteso notizie.", ["h1o2"])],
    [R("G6", "Sotto la lente c'è il pasto di lunedì: pennette al sugo, polpette di tacchino con purè e una porzione di frutta.", ["h1d"]),
     R("G7", "A cucinare è stata la Ristoservice Tuscia, società che dal suo stabilimento alle Fornaci prepara ogni giorno circa 1.200 pranzi per le scuole di nove paesi del comprensorio.", ["h1e"])],
    [R("G8", "Gli ispettori della Asl hanno messo da parte un campione di ogni cibo custodito dalla ditta e stanno raccogliendo il racconto di cosa sia finito nel piatto di ciascun alunno, ha riferito il responsabile della prevenzione Giorgio Ranieri.", ["h1f"]),
     R("G9", "Proprio le polpette sono la pista più battuta, anche se per una risposta definitiva bisognerà attendere il laboratorio: tre giorni al massimo.", ["h1g"])],
    [R("G10", "Il sindaco Marta Ceccarelli ha firmato martedì mattina un'ordinanza che chiude le mense di tutti gli istituti comunali fino a venerdì 28 marzo, e fino ad allora gli alunni usciranno alle 13.", ["h1h"]),
     R("G11", "Per la prima cittadina la priorità assoluta è la salute dei più piccoli, e la refezione non riaprirà finché il quadro non sarà chiarito.", ["h1i"]),
     R("G12", "Per molte famiglie, senza mensa, si apre ora il problema di organizzare i pomeriggi dei figli.", ["h1o4"])],
    [R("G13", "Nello stabilimento delle Fornaci sono entrati anche i militari del Nas, che hanno acquisito le schede di controllo delle temperature e i documenti di trasporto delle forniture.", ["h1k"]),
     R("G14", "L'amministratore Fabrizio Lolli fa sapere di essere a disposizione degli inquirenti e ricorda che di ogni piatto viene tenuta da parte una porzione di controllo.", ["h1m"]),
     R("G15", "Tra i genitori monta la rabbia: sui gruppi social del paese si moltiplicano i messaggi di chi vuole sapere chi controllasse la cucina.", ["h1o5"])],
]

# ---------------------------------------------------------------- hard negatives

# Local radio site, published the morning after, before the agency item.
HARDNEG_EARLY = [
    [B("di Paolo Mancinelli", "byline")],
    [O("N2a", "È stata una lunga notte quella appena trascorsa al pronto soccorso pediatrico di Viterbo."),
     O("N2b", "Dal primo pomeriggio di ieri, lunedì 17 marzo, sono arrivati uno dopo l'altro 41 bambini di Montevascello, tutti con gli stessi disturbi: vomito, crampi, qualcuno con la febbre."),
     O("N2c", "Avevano pranzato a scuola, nelle mense delle tre sedi del comprensivo Anna Frezza.")],
    [O("N2d", "Secondo il conteggio fatto dall'Asl nelle prime ore di oggi, i piccoli che hanno accusato malori sono in tutto 63, perché una ventina è stata curata a casa dai pediatri di famiglia."),
     O("N2e", "Trentotto dei 41 passati dall'ospedale sono rientrati a casa prima dell'alba."),
     O("N2f", "Tre, invece, sono ancora sotto osservazione in pediatria: i medici parlano di disidratazione lieve e assicurano che non corrono rischi.")],
    [O("N2g", "Sotto accusa, almeno per ora, c'è il pranzo di ieri: pasta, polpette di tacchino e purè, cucinati dalla Ristoservice Tuscia nel suo capannone delle Fornaci."),
     O("N2h", "Quella stessa azienda serve le mense di nove comuni, per un totale di circa 1.200 porzioni ogni giorno.")],
    [O("N2i", "Il sindaco Marta Ceccarelli, raggiunta al telefono nella notte, ha anticipato che stamattina firmerà un'ordinanza per fermare il servizio mensa in ogni scuola del paese fino al 28 marzo."),
     O("N2j", "«Ho passato la serata in ospedale con le famiglie, adesso voglio solo che si capisca cosa è andato storto», ci ha detto.")],
    [O("N2k", "Anche la Asl si è mossa subito: gli ispettori del dipartimento di prevenzione guidato da Giorgio Ranieri hanno raccolto già ieri sera i campioni custoditi in cucina."),
     O("N2l", "Le risposte del laboratorio sono attese entro 72 ore."),
     O("N2m", "Dalla Ristoservice Tuscia, per ora, nessun commento: l'amministratore unico Fabrizio Lolli non ha risposto alle nostre chiamate.")],
]

# Reporter on the scene on Tuesday afternoon; agency photo.
HARDNEG_PHOTO = [
    [B("di Chiara Bonelli", "byline")],
    [O("N1a", "Il giorno dopo, a Montevascello, il cortile della primaria di via dei Tigli è mezzo vuoto."),
     O("N1b", "Molti dei 63 bambini che lunedì hanno accusato malori dopo il pranzo sono rimasti a casa, e chi è tornato in classe ha ancora la faccia stanca.")],
    [O("N1c", "«Mio figlio ha vomitato tutta la sera, alle dieci eravamo in pronto soccorso», racconta Sara, mamma di un bambino di seconda."),
     O("N1d", "Come lui, sono stati 41 gli alunni visitati all'ospedale di Viterbo; a tarda sera ne restavano ricoverati tre, tutti in miglioramento secondo i sanitari, mentre gli altri 38 erano già stati rimandati a casa.")],
    [O("N1e", "A un paio di chilometri dal paese, in località Le Fornaci, c'è il capannone della Ristoservice Tuscia, da dove ogni mattina partono i furgoni con circa 1.200 pranzi destinati agli istituti di nove comuni."),
     O("N1f", "Nel pomeriggio il cancello era chiuso e all'interno, per quanto abbiamo potuto vedere, erano ancora presenti i carabinieri del Nas."),
     O("N1g", "L'amministratore unico Fabrizio Lolli ha affidato il suo pensiero a una nota: l'azienda, scrive, «è a completa disposizione delle autorità».")],
    [O("N1h", "In municipio Marta Ceccarelli ha ricevuto una delegazione di genitori per spiegare l'ordinanza firmata in mattinata."),
     O("N1i", "Da domani, e fino al 28 marzo compreso, la campanella suonerà alle 13 e a scuola non si pranzerà."),
     O("N1j", "Ceccarelli ha ripetuto che il Comune intende costituirsi parte civile, se la vicenda approderà in tribunale.")],
    [O("N1k", "Sul fronte sanitario, Giorgio Ranieri della Asl ha confermato che le polpette di tacchino restano l'alimento più sospetto, in attesa del laboratorio: l'esito dovrebbe arrivare entro 72 ore."),
     O("N1l", "Anche la magistratura si è mossa: la procura viterbese ha un fascicolo conoscitivo aperto, per il momento senza nomi.")],
    [B("Foto: askanews", "photo_credit")],
]

# Press conference in the town hall on Tuesday afternoon, published Wednesday.
HARDNEG_PRESS = [
    [B("di Elena Sbarra", "byline")],
    [O("N3a", "Tre giorni per capire che cosa abbia provocato i malori di 63 bambini."),
     O("N3b", "È il tempo indicato ieri pomeriggio dalla Asl di Viterbo durante l'incontro con la stampa convocato nella sala consiliare di Montevascello, dove sedevano fianco a fianco la sindaca Marta Ceccarelli, Giorgio Ranieri, che dirige la prevenzione dell'azienda sanitaria, e, per la Ristoservice Tuscia, Fabrizio Lolli.")],
    [O("N3c", "Ranieri ha ricostruito la giornata di lunedì 17 marzo: 41 bambini visitati in ospedale, 38 rimandati a casa nella notte, tre ancora in reparto ma in via di guarigione."),
     O("N3d", "«Ventidue bambini non sono nemmeno passati dal pronto soccorso, li hanno seguiti i pediatri di base, ma li contiamo tutti», ha precisato."),
     O("N3e", "Le polpette di tacchino, ha detto, sono il primo indiziato, ma la conferma arriverà solo dal laboratorio, presumibilmente entro venerdì 21 marzo.")],
    [O("N3f", "Lolli ha mostrato ai giornalisti le copie dei registri della cucina."),
     O("N3g", "«Il campione di lunedì è sigillato e ce l'ha la Asl: se abbiamo sbagliato lo sapremo e ne risponderemo», ha affermato, ricordando che dalla cucina delle Fornaci escono circa 1.200 porzioni al giorno per nove comuni senza che in oltre quindici anni ci siano mai stati problemi.")],
    [O("N3h", "La sindaca ha confermato che fino al 28 marzo nessuna scuola comunale servirà il pranzo e che le classi lasceranno la scuola alle 13."),
     O("N3i", "Ai genitori che chiedevano come organizzare i pomeriggi ha promesso un doposcuola gratuito nella biblioteca comunale."),
     O("N3j", "Ha ribadito anche la volontà dell'amministrazione di chiedere i danni in sede penale, qualora si arrivi a giudizio.")],
    [O("N3k", "I carabinieri del Nas, che martedì hanno ispezionato il centro cottura, e la procura di Viterbo, che ha aperto un fascicolo senza indagati, non hanno partecipato all'incontro.")],
]

# ---------------------------------------------------------------- easy negative

EASY = [
    [O("E1", "Dopo quasi due anni di cantiere riapre sabato 22 marzo la biblioteca comunale di Torre Amerina, nel palazzo dell'ex pretura in piazza San Giovenale."),
     O("E2", "I lavori, costati 640 mila euro tra fondi comunali e un contributo regionale, hanno riguardato il consolidamento dei solai, il nuovo impianto di riscaldamento e l'eliminazione delle barriere architettoniche.")],
    [O("E3", "Il patrimonio di circa 18.000 volumi è stato ricatalogato e al piano terra è stata ricavata una sala dedicata ai più piccoli, con 1.500 libri illustrati."),
     O("E4", "«Era uno dei luoghi più frequentati del paese e i cittadini lo chiedevano da tempo», ha detto il sindaco Gianni Ottaviani.")],
    [O("E5", "La biblioteca sarà aperta dal martedì al sabato, dalle 9 alle 19, e il giovedì fino alle 22 per i gruppi di studio universitari."),
     O("E6", "Per l'inaugurazione sono previste letture per bambini a cura dell'associazione Il Filo di Carta e un concerto del coro parrocchiale."),
     O("E7", "L'ingresso e il prestito restano gratuiti per i residenti.")],
]

# ---------------------------------------------------------------- documents
# ids are shuffled: the wire is d05.

DOCS = [
    dict(id="d05", kind="wire", outlet="askanews", published="2025-03-18T13:05:00+01:00",
         url="https://www.askanews.example/cronaca/2025/03/18/viterbo-63-bambini-male-dopo-pranzo-scuola-stop-mensa-montevascello/",
         title=WIRE_HEADLINE, parent=None, credited=False, credit_text=None,
         q="straight", a="straight", paras=WIRE),
    dict(id="d09", kind="verbatim", outlet="ViterboNotizie24", published="2025-03-19",
         url="https://www.viterbonotizie24.example/2025/03/19/63-bambini-male-pranzo-scuola-montevascello/",
         title=WIRE_HEADLINE, parent="d05", credited=False, credit_text=None,
         q="guill", a="curly", paras=VERBATIM),
    dict(id="d03", kind="light", outlet="Il Cronista di Viterbo", published="2025-03-18T14:20:00+01:00",
         url="https://www.ilcronistadiviterbo.example/cronaca/montevascello-63-bambini-intossicati-mensa/",
         title="Montevascello, 63 bambini intossicati dopo la mensa: servizio sospeso", parent="d05",
         credited=True, credit_text="Fonte: askanews", q="curly", a="curly", paras=LIGHT1),
    dict(id="d12", kind="light", outlet="Lazio Quotidiano Web", published="2025-03-18T15:05:00+01:00",
         url="https://www.lazioquotidianoweb.example/viterbo/intossicazione-alimentare-scuola-viterbese-63-bambini/",
         title="Intossicazione alimentare a scuola nel Viterbese: 63 bambini colpiti, tre ricoverati", parent="d05",
         credited=False, credit_text=None, q="guill", a="straight", paras=LIGHT2),
    dict(id="d08", kind="heavy", outlet="Tuscia Sera", published="2025-03-18T16:10:00+01:00",
         url="https://www.tusciasera.example/2025/03/18/pranzo-scuola-decine-alunni-ospedale-montevascello/",
         title="Pranzo a scuola, decine di alunni in ospedale a Montevascello", parent="d05",
         credited=False, credit_text=None, q="guill", a="curly", paras=HEAVY1),
    dict(id="d11", kind="drift", outlet="Cronache Laziali", published="2025-03-18T16:40:00+01:00",
         url="https://www.cronachelaziali.example/viterbese/montevascello-pranzo-scuola-41-bambini-ospedale/",
         title="Montevascello, pranzo a scuola finisce in ospedale per 41 bambini", parent="d05",
         credited=False, credit_text=None, q="guill", a="straight", paras=DRIFT),
    dict(id="d01", kind="heavy", outlet="Centroitalia Press", published="2025-03-18T17:30:00+01:00",
         url="https://www.centroitaliapress.example/lazio/montevascello-chiude-mense-scolastiche-63-alunni/",
         title="Montevascello chiude le mense scolastiche dopo il malore di 63 alunni", parent="d05",
         credited=True, credit_text="(con askanews)", q="curly", a="curly", paras=HEAVY2),
    dict(id="d14", kind="heavy", outlet="Giornale di Tuscia e Sabina", published="2025-03-18T18:45:00+01:00",
         url="https://www.giornaletusciasabina.example/cronaca/polpette-sotto-accusa-63-scolari-intossicati/",
         title="Polpette sotto accusa: 63 scolari intossicati nel Viterbese", parent="d05",
         credited=False, credit_text=None, q="guill", a="curly", paras=HEAVY3),
    dict(id="d06", kind="second_generation", outlet="Notizie Flash Italia", published="2025-03-18T19:20:00+01:00",
         url="https://www.notizieflashitalia.example/cronaca/montevascello-pranzo-scuola-alunni-ospedale/",
         title="Montevascello, pranzo a scuola: decine di alunni in ospedale", parent="d08",
         credited=False, credit_text=None, q="straight", a="straight", paras=SECOND),
    dict(id="d13", kind="partial", outlet="Il Corriere delle Famiglie", published="2025-03-19T10:15:00+01:00",
         url="https://www.corrieredellefamiglie.example/scuola/mense-genitori-controlli-sorpresa-centri-cottura/",
         title="Mense scolastiche, i genitori chiedono controlli a sorpresa nei centri cottura", parent="d05",
         credited=True, credit_text="Secondo quanto riportato dall'agenzia askanews", q="guill", a="curly", paras=PARTIAL1),
    dict(id="d04", kind="partial", outlet="Valle del Tevere News", published="2025-03-19T12:30:00+01:00",
         url="https://www.valledeltaverenews.example/roccalupa-mensa-aperta-senza-carne/",
         title="Roccalupa tiene aperta la mensa ma toglie la carne dal menu", parent="d05",
         credited=False, credit_text=None, q="curly", a="curly", paras=PARTIAL2),
    dict(id="d02", kind="hard_negative", outlet="Radio Tuscia Centrale", published="2025-03-18T08:40:00+01:00",
         url="https://www.radiotusciacentrale.example/notizie/notte-in-corsia-bimbi-montevascello/",
         title="Notte in corsia per i bimbi di Montevascello: in 63 con vomito e crampi dopo la mensa", parent=None,
         credited=False, credit_text=None, q="guill", a="straight", paras=HARDNEG_EARLY),
    dict(id="d10", kind="hard_negative", outlet="Eco di Viterbo", published="2025-03-18T19:50:00+01:00",
         url="https://www.ecodiviterbo.example/2025/03/18/montevascello-davanti-alle-scuole-il-giorno-dopo/",
         title="Montevascello, il giorno dopo davanti alla scuola: «Mio figlio ha vomitato tutta la sera»", parent=None,
         credited=False, credit_text=None, q="guill", a="curly", paras=HARDNEG_PHOTO),
    dict(id="d15", kind="hard_negative", outlet="Lazio Sette", published="2025-03-19T07:30:00+01:00",
         url="https://www.laziosette.example/viterbo/intossicazione-scuola-vertice-comune-montevascello/",
         title="Intossicazione a scuola, vertice in Comune a Montevascello: «Risposte entro venerdì»", parent=None,
         credited=False, credit_text=None, q="curly", a="curly", paras=HARDNEG_PRESS),
    dict(id="d07", kind="easy_negative", outlet="Gazzetta dell'Umbria Sud", published="2025-03-18T11:00:00+01:00",
         url="https://www.gazzettaumbriasud.example/torre-amerina/riapre-biblioteca-comunale/",
         title="Torre Amerina, riapre la biblioteca comunale dopo due anni di lavori", parent=None,
         credited=False, credit_text=None, q="straight", a="straight", paras=EASY),
]


def build():
    by_id = {d["id"]: d for d in DOCS}
    # styled text of every keyed sentence, per document
    keyed = {}
    for d in DOCS:
        keyed[d["id"]] = {}
        for p in d["paras"]:
            for it in p:
                if it["key"]:
                    keyed[d["id"]][it["key"]] = style(it["text"], d["q"], d["a"])

    documents, sentences, drift_top = [], {}, []
    for d in sorted(DOCS, key=lambda x: x["id"]):
        fid = f"{FAMILY}_{d['id']}"
        title = style(d["title"], d["q"], d["a"])
        sents = [{"text": title, "label": "boilerplate", "parents": [],
                  "role": "headline", "drift": []}]
        body = []
        for p in d["paras"]:
            ptexts = []
            for it in p:
                t = style(it["text"], d["q"], d["a"])
                ptexts.append(t)
                if it["role"]:
                    label, parents = "boilerplate", []
                elif not it["parents"]:
                    label, parents = "original", []
                else:
                    ptab = keyed[d["parent"]]
                    parents = [ptab[k] for k in it["parents"]]
                    if len(parents) == 1 and norm(parents[0]) == norm(t):
                        label = "verbatim"
                    else:
                        label = "rewritten"
                sents.append({"text": t, "label": label, "parents": parents,
                              "role": it["role"], "drift": it["drift"]})
                for dr in it["drift"]:
                    ptab = keyed[d["parent"]]
                    ptext = next(ptab[k] for k in it["parents"] if dr["from"] in ptab[k])
                    drift_top.append({"child": fid, "parent": f"{FAMILY}_{d['parent']}",
                                      "parent_text": ptext, "child_text": t,
                                      "field": dr["field"], "from": dr["from"], "to": dr["to"]})
            body.append(" ".join(ptexts))
        text = title + "\n\n" + "\n\n".join(body)
        documents.append({
            "id": fid, "text": text, "language": "it", "outlet": d["outlet"],
            "published": d["published"], "url": d["url"], "title": title,
            "kind": d["kind"],
            "parent": f"{FAMILY}_{d['parent']}" if d["parent"] else None,
            "credited": d["credited"],
            "credit_text": style(d["credit_text"], d["q"], d["a"]) if d["credit_text"] else None,
        })
        sentences[fid] = sents
    fam = {"family": FAMILY, "documents": documents, "sentences": sentences, "drift": drift_top}
    with open(os.path.join(HERE, "family.json"), "w", encoding="utf-8") as f:
        json.dump(fam, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return fam


if __name__ == "__main__":
    fam = build()
    print(f"wrote {len(fam['documents'])} documents, "
          f"{sum(len(v) for v in fam['sentences'].values())} sentences, "
          f"{len(fam['drift'])} drift entries")
