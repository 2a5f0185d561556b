#!/usr/bin/env python3
"""Builds family.json for the reuse family "alluvio_it" (invented flash flood in Roccaviva, Valle Stura).

Every document is written as paragraphs of labelled sentences; the text is assembled from them
(sentences joined by a space, paragraphs by a blank line), so the gold sentences cover the text exactly.
Parents are given as the exact text of the parent document's sentences, as in the shared families.
"""
import json
from pathlib import Path

FAMILY = "alluvio_it"


def B(text, role):
    return {"text": text, "label": "boilerplate", "role": role}


def O(text):
    return {"text": text, "label": "original"}


def R(text, *parents, drift=False):
    s = {"text": text, "label": "rewritten", "parents": [p["text"] for p in parents]}
    if drift:
        s["drift"] = True
    return s


def V(text, *parents):
    return {"text": text, "label": "verbatim", "parents": [p["text"] for p in parents]}


def W_(text):  # a sentence of the wire (the wire's own text)
    return {"text": text, "label": "original"}


def typo(t):  # typography-only changes used by the verbatim copy
    return t.replace("'", "\u2019").replace("«", "\u201c").replace("»", "\u201d")


# ---------------------------------------------------------------- wire (askanews)
W = {
    "head": B("Maltempo, nubifragio in Valle Stura: esonda il rio Gorgia a Roccaviva, 140 evacuati", "headline"),
    "date": B("Cuneo, 14 mar. (askanews) -", "dateline"),
    1: W_("Un violento nubifragio si è abbattuto nella notte tra giovedì e venerdì su Roccaviva, comune di 1.900 abitanti della Valle Stura, nel Cuneese, provocando l'esondazione del rio Gorgia e l'allagamento di buona parte del centro storico."),
    2: W_("Secondo i dati dell'Arpa Piemonte, il pluviometro del paese ha registrato 118 millimetri di pioggia in tre ore, tra le 23 e le 2, un valore che in zona non si vedeva dall'alluvione del novembre 1994."),
    3: W_("L'onda di piena ha distrutto la passerella pedonale di via dei Mulini e ha trascinato a valle una dozzina di auto parcheggiate lungo l'argine."),
    4: W_("Sono 140 le persone evacuate dalle abitazioni più vicine al torrente: 35 di loro sono state sistemate per la notte nella palestra della scuola media, trasformata dalla Protezione civile in centro di accoglienza, mentre le altre sono state ospitate da parenti e amici."),
    5: W_("I vigili del fuoco del comando provinciale di Cuneo hanno eseguito oltre 60 interventi, impiegando 45 operatori, squadre di soccorritori acquatici e un elicottero del reparto volo di Torino."),
    6: W_("Un uomo di 78 anni, rimasto isolato al primo piano della sua casa in frazione Ciabot, è stato recuperato con il verricello poco dopo le 6 e trasportato in codice giallo all'ospedale Santa Croce e Carle di Cuneo in lieve stato di ipotermia."),
    7: W_("Non risultano vittime né dispersi."),
    8: W_("«I miei uomini hanno lavorato tutta la notte con l'acqua alla cintola, casa per casa», ha spiegato il comandante provinciale dei vigili del fuoco, Stefano Audisio."),
    9: W_("«In venti minuti il rio è salito di quasi due metri e l'acqua ha invaso cantine, garage e i negozi di piazza del Municipio: non ricordo niente di simile», ha raccontato il sindaco di Roccaviva, Marco Bellino, che ha firmato un'ordinanza di chiusura delle scuole fino a lunedì 17 marzo."),
    10: W_("Una frana di circa 300 metri cubi ha bloccato per quasi sei ore la statale 21 del colle della Maddalena tra Demonte e Roccaviva, riaperta dall'Anas a senso unico alternato alle 9.30."),
    11: W_("Circa 620 utenze sono rimaste senza corrente fino alle 11, quando i tecnici di e-distribuzione hanno completato le riparazioni alla cabina di via Roma."),
    12: W_("Secondo una prima stima dell'ufficio tecnico comunale, i danni a strade, ponti, edifici pubblici e abitazioni superano i 4 milioni di euro."),
    13: W_("La Coldiretti di Cuneo segnala inoltre circa 80 ettari di campi e frutteti allagati nella piana a valle del paese, oltre a una trentina di serre danneggiate."),
    14: W_("«Chiederemo al governo lo stato di emergenza già nelle prossime ore, perché le famiglie colpite non possono aspettare i tempi della burocrazia», ha dichiarato l'assessore regionale alla Protezione civile, Giulia Ferrero, arrivata a Roccaviva in mattinata insieme al prefetto di Cuneo, Paolo Rinaldi."),
    15: W_("Il prefetto ha convocato per le 15 il Centro coordinamento soccorsi per fare il punto sui danni e sulla sistemazione degli sfollati."),
    16: W_("Per la serata di venerdì l'Arpa ha emesso un'allerta gialla per rischio idrogeologico sulle valli del Cuneese, con nuove piogge previste fino a sabato mattina."),
}
WIRE_PARAS = [["head"], ["date", 1, 2], [3, 4], [5, 6, 7, 8], [9], [10, 11], [12, 13], [14, 15], [16]]
wire_paras = [[W[k] for k in p] for p in WIRE_PARAS]

# ---------------------------------------------------------------- verbatim (typography only, P[10,11] dropped)
vb_paras = [[B("Roccaviva sott\u2019acqua, esonda il rio Gorgia: 140 evacuati", "headline")],
            [B("Redazione", "byline")]]
for p in WIRE_PARAS[1:]:
    if p == [10, 11]:
        continue
    vb_paras.append([V(typo(W[k]["text"]), W[k]) for k in p if k != "date"])
vb_paras.append([B("Fonte: askanews", "credit")])

# ---------------------------------------------------------------- light 1 (credited in the body)
L1_CREDIT = "come riferisce l'agenzia askanews"
l1_paras = [
    [B("Nubifragio a Roccaviva, esonda il rio Gorgia: 140 persone evacuate", "headline")],
    [B("di Elena Giraudo", "byline")],
    [R("Un violento nubifragio si è abbattuto nella notte tra giovedì e venerdì su Roccaviva, comune di 1.900 abitanti della Valle Stura, " + L1_CREDIT + ", causando l'esondazione del rio Gorgia e l'allagamento di gran parte del centro storico.", W[1]),
     R("Secondo l'Arpa Piemonte, il pluviometro del paese ha registrato 118 millimetri di pioggia in tre ore, tra le 23 e le 2: un valore che in zona non si vedeva dall'alluvione del novembre 1994.", W[2]),
     O("Il rio Gorgia, che attraversa il paese prima di confluire nella Stura, era stato ripulito appena due anni fa con un intervento finanziato dalla Regione.")],
    [R("Sono 140 le persone evacuate dalle case più vicine al torrente: 35 sono state sistemate per la notte nella palestra della scuola media, trasformata dalla Protezione civile in centro di accoglienza, le altre sono state ospitate da parenti e amici.", W[4])],
    [R("I vigili del fuoco del comando provinciale di Cuneo hanno eseguito più di 60 interventi, con 45 operatori, squadre di soccorritori acquatici e un elicottero del reparto volo di Torino.", W[5]),
     V(W[6]["text"], W[6])],
    [R("«In venti minuti il rio è salito di quasi due metri e l'acqua ha invaso cantine, garage e i negozi di piazza del Municipio: non ricordo niente di simile», racconta il sindaco Marco Bellino, che ha firmato un'ordinanza per tenere chiuse le scuole fino a lunedì 17 marzo.", W[9])],
    [R("Una frana di circa 300 metri cubi ha bloccato per quasi sei ore la statale 21 del colle della Maddalena tra Demonte e Roccaviva, poi riaperta dall'Anas a senso unico alternato alle 9.30.", W[10]),
     R("Per l'ufficio tecnico comunale, in base a una prima stima, i danni a strade, ponti, edifici pubblici e abitazioni superano i 4 milioni di euro.", W[12])],
    [R("«Chiederemo al governo lo stato di emergenza già nelle prossime ore, perché le famiglie colpite non possono aspettare i tempi della burocrazia», ha dichiarato l'assessore regionale alla Protezione civile, Giulia Ferrero, arrivata in mattinata a Roccaviva con il prefetto Paolo Rinaldi.", W[14]),
     O("Per chi vuole aiutare, la parrocchia di San Michele ha aperto una raccolta di coperte e beni di prima necessità nei locali dell'oratorio.")],
    [R("Per la serata di venerdì l'Arpa ha emesso un'allerta gialla per rischio idrogeologico sulle valli del Cuneese, con altre piogge previste fino a sabato mattina.", W[16])],
    [B("© Riproduzione riservata", "footer")],
]

# ---------------------------------------------------------------- light 2 (uncredited)
l2_paras = [
    [B("Roccaviva, il rio Gorgia esonda nella notte: 140 evacuati, nessuna vittima", "headline")],
    [B("Redazione Cronaca", "byline")],
    [R("Un violento nubifragio si è abbattuto nella notte tra giovedì e venerdì su Roccaviva, paese di 1.900 abitanti della Valle Stura, in provincia di Cuneo, provocando l'esondazione del rio Gorgia e l'allagamento di buona parte del centro storico.", W[1]),
     R("L'onda di piena ha spazzato via la passerella pedonale di via dei Mulini e trascinato a valle una dozzina di auto parcheggiate lungo l'argine.", W[3])],
    [R("Sono 140 gli evacuati dalle abitazioni più vicine al torrente: 35 di loro sono stati sistemati per la notte nella palestra della scuola media, allestita dalla Protezione civile come centro di accoglienza, mentre gli altri sono stati ospitati da parenti e amici.", W[4]),
     O("Nella palestra i volontari della Croce Rossa hanno distribuito brandine, coperte e pasti caldi fino all'alba.")],
    [R("I vigili del fuoco del comando provinciale di Cuneo hanno effettuato oltre 60 interventi impiegando 45 operatori, squadre di soccorritori acquatici e un elicottero del reparto volo di Torino.", W[5]),
     R("«I miei uomini hanno lavorato tutta la notte con l'acqua alla cintola, casa per casa», ha spiegato Stefano Audisio, comandante provinciale dei vigili del fuoco.", W[8])],
    [R("«In venti minuti il rio è salito di quasi due metri e l'acqua ha invaso cantine, garage e i negozi di piazza del Municipio: non ricordo niente di simile», ha raccontato il sindaco di Roccaviva, Marco Bellino, che ha disposto con un'ordinanza la chiusura delle scuole fino a lunedì 17 marzo.", W[9])],
    [R("Circa 620 utenze sono rimaste senza energia elettrica fino alle 11, quando i tecnici di e-distribuzione hanno completato le riparazioni alla cabina di via Roma.", W[11]),
     V(W[13]["text"], W[13])],
    [R("Il prefetto di Cuneo, Paolo Rinaldi, ha convocato per le 15 il Centro coordinamento soccorsi per fare il punto sui danni e sulla sistemazione degli sfollati.", W[15], W[14]),
     O("Il Comune ha attivato un numero per le segnalazioni dei cittadini, attivo giorno e notte fino al termine dell'emergenza.")],
    [R("Per la serata di venerdì l'Arpa ha diramato un'allerta gialla per rischio idrogeologico sulle valli del Cuneese, con nuove piogge previste fino a sabato mattina.", W[16])],
    [B("Riproduzione riservata", "footer")],
]

# ---------------------------------------------------------------- drift (3 changed facts)
D6 = R("Un uomo di 87 anni, rimasto isolato al primo piano della sua casa in frazione Ciabot, è stato recuperato con il verricello poco dopo le 6 e portato in codice giallo all'ospedale Santa Croce e Carle di Cuneo in lieve ipotermia.", W[6], drift=True)
D8 = R("«I miei uomini hanno lavorato tutta la notte con l'acqua alle ginocchia, casa per casa», ha detto il comandante provinciale dei vigili del fuoco, Stefano Audisio.", W[8], drift=True)
D9 = R("«In venti minuti il rio è salito di quasi due metri e l'acqua ha invaso cantine, garage e i negozi di piazza del Municipio: non ricordo niente di simile», ha raccontato il sindaco Marco Bellino, che ha chiuso le scuole con un'ordinanza fino a martedì 18 marzo.", W[9], drift=True)
dr_paras = [
    [B("Nubifragio in Valle Stura, a Roccaviva esonda il Gorgia: 140 evacuati e danni per oltre 4 milioni", "headline")],
    [B("di Luca Ghibaudo", "byline")],
    [R("Nella notte tra giovedì e venerdì un violento nubifragio ha colpito Roccaviva, 1.900 abitanti in Valle Stura, facendo esondare il rio Gorgia e allagando buona parte del centro storico.", W[1]),
     R("L'Arpa Piemonte ha misurato 118 millimetri di pioggia in tre ore, fra le 23 e le 2, un dato che in zona non si registrava dall'alluvione del novembre 1994.", W[2])],
    [R("La piena ha distrutto la passerella pedonale di via dei Mulini e trascinato via una dozzina di auto parcheggiate lungo l'argine.", W[3]),
     R("Gli evacuati sono 140: 35 hanno dormito nella palestra della scuola media, trasformata in centro di accoglienza dalla Protezione civile, gli altri hanno trovato posto da parenti e amici.", W[4])],
    [R("Oltre 60 gli interventi dei vigili del fuoco del comando provinciale di Cuneo, con 45 operatori, squadre di soccorritori acquatici e un elicottero del reparto volo di Torino.", W[5]),
     D6,
     R("Non ci sono vittime né dispersi.", W[7]),
     D8],
    [D9],
    [R("Una frana di circa 300 metri cubi ha interrotto per quasi sei ore la statale 21 del colle della Maddalena tra Demonte e Roccaviva, riaperta dall'Anas alle 9.30 a senso unico alternato.", W[10]),
     R("Circa 620 utenze sono rimaste al buio fino alle 11, quando e-distribuzione ha riparato la cabina di via Roma.", W[11])],
    [R("La prima stima dell'ufficio tecnico comunale parla di oltre 4 milioni di euro di danni a strade, ponti, edifici pubblici e abitazioni.", W[12]),
     R("Secondo la Coldiretti di Cuneo sono circa 80 gli ettari di campi e frutteti allagati nella piana a valle del paese, con una trentina di serre danneggiate.", W[13])],
    [R("«Chiederemo al governo lo stato di emergenza già nelle prossime ore, perché le famiglie colpite non possono aspettare i tempi della burocrazia», ha detto l'assessore regionale alla Protezione civile Giulia Ferrero, giunta in mattinata a Roccaviva con il prefetto di Cuneo Paolo Rinaldi.", W[14]),
     R("Il prefetto ha convocato per le 15 il Centro coordinamento soccorsi, per fare il punto sui danni e sugli sfollati.", W[15])],
    [R("Per venerdì sera l'Arpa ha emesso un'allerta gialla per rischio idrogeologico sulle valli del Cuneese, con nuove piogge attese fino a sabato mattina.", W[16])],
    [B("(fonti di agenzia)", "credit")],
]
DRIFT = [
    {"child": "D", "parent": "WIRE", "parent_text": W[6]["text"], "child_text": D6["text"],
     "field": "number", "from": "78 anni", "to": "87 anni"},
    {"child": "D", "parent": "WIRE", "parent_text": W[8]["text"], "child_text": D8["text"],
     "field": "quote", "from": "con l'acqua alla cintola", "to": "con l'acqua alle ginocchia"},
    {"child": "D", "parent": "WIRE", "parent_text": W[9]["text"], "child_text": D9["text"],
     "field": "date", "from": "lunedì 17 marzo", "to": "martedì 18 marzo"},
]

# ---------------------------------------------------------------- translation (English adaptation)
tr_paras = [
    [B("Flash flood hits Alpine town in northern Italy, 140 evacuated", "headline")],
    [B("By Sarah Whitcombe", "byline")],
    [R("A violent cloudburst struck Roccaviva, a town of 1,900 people in the Stura valley in the province of Cuneo, overnight from Thursday to Friday, causing the Gorgia stream to burst its banks and flooding much of the historic centre.", W[1]),
     R("According to Piedmont's environmental protection agency, Arpa, the town's rain gauge recorded 118 millimetres of rain in three hours between 11pm and 2am, a level not seen in the area since the floods of November 1994.", W[2]),
     O("Piedmont's Alpine valleys are especially exposed to sudden downpours, which can turn small mountain streams into torrents within minutes.")],
    [R("The flood surge destroyed the footbridge on Via dei Mulini and swept away a dozen cars parked along the embankment.", W[3]),
     R("A total of 140 people were evacuated from the homes closest to the stream; 35 of them spent the night in the middle school gym, which the civil protection service had turned into a reception centre, while the rest stayed with relatives and friends.", W[4])],
    [R("Firefighters from the Cuneo provincial command carried out more than 60 operations with 45 personnel, swift-water rescue teams and a helicopter from the Turin air unit.", W[5]),
     R("A 78-year-old man trapped on the first floor of his home in the hamlet of Ciabot was winched to safety shortly after 6am and taken to Santa Croce e Carle hospital in Cuneo with mild hypothermia.", W[6]),
     R("No one was killed or reported missing.", W[7])],
    [R("\"In twenty minutes the stream rose by almost two metres and the water poured into cellars, garages and the shops on Piazza del Municipio. I can't remember anything like it,\" said the mayor, Marco Bellino, who has ordered schools to stay closed until Monday, March 17.", W[9])],
    [R("A landslide of about 300 cubic metres blocked the SS21 road to the Maddalena pass between Demonte and Roccaviva for almost six hours; the road operator Anas reopened it to alternating one-way traffic at 9.30am.", W[10]),
     R("An initial estimate by the town's technical office puts the damage to roads, bridges, public buildings and homes at more than 4 million euros.", W[12])],
    [R("\"We will ask the government to declare a state of emergency within hours, because the families affected cannot wait for red tape,\" said Giulia Ferrero, the regional councillor in charge of civil protection, who visited Roccaviva on Friday morning with the prefect of Cuneo, Paolo Rinaldi.", W[14])],
    [R("Arpa has issued a yellow alert for hydrogeological risk across the Cuneo valleys for Friday evening, with more rain forecast until Saturday morning.", W[16]),
     O("North-west Italy has been hit by a series of severe storms in recent years, which scientists link to a warming climate.")],
    [B("Source: askanews", "credit")],
]

# ---------------------------------------------------------------- heavy 1 (photo credit only)
h1_paras = [
    [B("Roccaviva, notte di paura: il Gorgia rompe gli argini e invade il paese", "headline")],
    [B("Foto: askanews", "photo_credit")],
    [B("di Carlo Dalmasso", "byline")],
    [R("Nella notte fra il 13 e il 14 marzo il rio Gorgia è uscito dagli argini e l'acqua ha sommerso gran parte delle vie del nucleo antico di Roccaviva, borgo di circa 1.900 residenti affacciato sulla valle della Stura, in provincia di Cuneo.", W[1]),
     R("A scatenare la piena è stato un temporale di eccezionale intensità: fra le undici di sera e le due di notte la stazione di misura dell'Arpa ha raccolto 118 millimetri d'acqua, una quantità che nella zona non cadeva dai tempi della grande alluvione del 1994.", W[2], W[1]),
     O("Chi abita lungo il torrente racconta di essere stato svegliato dal rumore dei massi trascinati dalla corrente.")],
    [R("La forza dell'acqua ha spazzato via il ponticello pedonale che collegava le due sponde all'altezza di via dei Mulini, mentre circa dodici vetture in sosta vicino al corso d'acqua sono state portate via dalla corrente.", W[3]),
     R("In 140 hanno dovuto lasciare le case a ridosso del Gorgia.", W[4]),
     R("Per 35 sfollati la Protezione civile ha sistemato brande nella palestra delle medie; tutti gli altri hanno trovato un letto da familiari o conoscenti.", W[4])],
    [R("Per tutta la notte i pompieri, 45 tra vigili e soccorritori fluviali arrivati dalle sedi della provincia, hanno portato a termine più di sessanta operazioni, con il supporto di un elicottero decollato da Torino.", W[5]),
     R("Proprio il velivolo, verso le sei del mattino, ha permesso di mettere in salvo un pensionato di 78 anni intrappolato al piano superiore della propria abitazione a Ciabot: issato a bordo con il verricello, l'anziano è arrivato in codice giallo al Santa Croce e Carle, a Cuneo, con una leggera ipotermia.", W[6]),
     R("Il bilancio, per fortuna, non conta né morti né persone che mancano all'appello.", W[7]),
     R("Stefano Audisio, alla guida dei vigili del fuoco cuneesi, descrive squadre immerse fino alla vita che hanno bussato a ogni porta, una dopo l'altra, fino al mattino.", W[8])],
    [R("Il sindaco Marco Bellino ha visto il livello del torrente crescere di quasi due metri nel giro di venti minuti, fino a riversarsi nei seminterrati, nelle autorimesse e nelle botteghe di piazza del Municipio: «Una cosa così non l'avevo mai vista», ammette.", W[9]),
     R("Le scuole del paese resteranno chiuse per ordinanza del primo cittadino anche lunedì 17 marzo.", W[9]),
     O("In piazza, nel pomeriggio, i commercianti erano già al lavoro con pale e idropulitrici per liberare i locali dal fango.")],
    [R("I tecnici del municipio hanno fatto un primo conto: fra strade, ponti, scuole, uffici e case private servono oltre 4 milioni.", W[12]),
     R("Pesante anche il conto per l'agricoltura: secondo Coldiretti, nella pianura sotto l'abitato sono finiti sott'acqua un'ottantina di ettari tra coltivazioni e frutteti, e una trentina di serre hanno ceduto.", W[13])],
    [R("Sulla statale della Maddalena, nel tratto fra Demonte e Roccaviva, circa 300 metri cubi di terra e rocce sono scivolati sulla carreggiata: il traffico è rimasto fermo per quasi sei ore, finché alle 9.30 i tecnici dell'Anas hanno riaperto una corsia con un semaforo.", W[10]),
     R("Nel frattempo circa 620 famiglie e attività sono rimaste senza elettricità finché, verso le 11, e-distribuzione non ha rimesso in funzione la cabina di via Roma.", W[11])],
    [R("L'assessore regionale Giulia Ferrero, salita in paese in mattinata con il prefetto Paolo Rinaldi, ha promesso che la Regione chiederà a Roma di dichiarare l'emergenza nel giro di poche ore, senza far attendere chi ha perso tutto.", W[14]),
     R("Alle 15 in prefettura si riunisce il Centro coordinamento soccorsi.", W[15]),
     O("Intanto decine di volontari arrivati dai paesi vicini hanno iniziato a spalare il fango dalle cantine."),
     O("Il parroco, don Enrico Tallone, ha aperto le porte della canonica a chi aveva bisogno di un pasto caldo.")],
    [R("E la tregua potrebbe durare poco: l'Arpa ha diramato un bollettino di allerta gialla per il pericolo di frane e piene sulle vallate cuneesi a partire da venerdì sera, con precipitazioni attese fino alla mattinata di sabato.", W[16]),
     O("Chi ha subito danni può segnalarli agli uffici comunali, aperti in via straordinaria anche nel fine settimana.")],
]

# ---------------------------------------------------------------- heavy 2 (parent of the second generation)
H2 = {
    1: R("Centodiciotto millimetri di pioggia in appena tre ore: è la quantità d'acqua che l'Arpa ha misurato a Roccaviva fra le 23 di giovedì e le 2 di venerdì, la più alta da queste parti dall'alluvione che nel novembre del 1994 mise in ginocchio il Piemonte.", W[2], W[1]),
    2: R("Sotto quel diluvio il Gorgia, il rio che attraversa il paese di 1.900 anime della Valle Stura, non ha retto ed è tracimato, invadendo gran parte delle strade del centro storico.", W[1]),
    3: R("Non ha resistito alla spinta della corrente la passerella per i pedoni di via dei Mulini; l'acqua si è portata via anche una dozzina di automobili lasciate in sosta accanto all'argine.", W[3]),
    "o1": O("Al mattino, lungo la sponda, restavano soltanto i piloni di cemento e qualche lamiera contorta."),
    4: R("Centoquaranta residenti delle case più esposte sono stati fatti uscire nel cuore della notte.", W[4]),
    5: R("Trentacinque di loro hanno dormito su brandine allestite in palestra, alla scuola media, che la Protezione civile ha attrezzato per accoglierli; gli altri si sono appoggiati a parenti e amici.", W[4]),
    6: R("Da Cuneo il comando dei vigili del fuoco ha mandato sul posto 45 uomini, compresi i soccorritori specializzati in acque mosse, e un elicottero da Torino: gli interventi, a fine nottata, erano più di 60.", W[5]),
    7: R("Il caso più delicato a Ciabot, frazione dove un anziano di 78 anni era rimasto bloccato al piano di sopra della sua abitazione: l'elicottero lo ha recuperato col verricello subito dopo le 6, e l'uomo è stato portato in codice giallo e leggermente ipotermico al Santa Croce e Carle.", W[6]),
    8: R("Nessuno ha perso la vita e non ci sono dispersi.", W[7]),
    9: R("Per ore, ha riferito il comandante Stefano Audisio, le squadre hanno controllato le abitazioni una a una, immerse nell'acqua fino alla vita.", W[8]),
    10: R("Il sindaco Marco Bellino, che non ricorda un evento paragonabile, racconta di un torrente cresciuto di quasi due metri in venti minuti e dell'acqua entrata in scantinati, box e vetrine di piazza del Municipio.", W[9]),
    11: R("Con un'ordinanza ha sospeso le lezioni: le scuole riapriranno dopo lunedì 17 marzo.", W[9]),
    "o2": O("Molti genitori hanno accolto la notizia con sollievo, perché diverse aule al piano terra sono ancora da asciugare."),
    12: R("In mattinata a Roccaviva sono arrivati il prefetto Paolo Rinaldi e l'assessore regionale Giulia Ferrero, che ha annunciato la richiesta dello stato di emergenza a Palazzo Chigi entro poche ore: chi ha avuto la casa allagata, ha spiegato, non può restare appeso alle lungaggini burocratiche.", W[14]),
    13: R("Il quadro dei danni e le sistemazioni per gli sfollati saranno discussi dalle 15 nel Centro coordinamento soccorsi convocato in prefettura.", W[15]),
    14: R("Per il municipio, tra viabilità, ponti, immobili pubblici e case, il conto supera già quota 4 milioni.", W[12]),
    15: R("Coldiretti Cuneo stima in circa 80 gli ettari allagati, fra seminativi e frutteti della piana, e in una trentina le serre rovinate.", W[13]),
    16: R("Sul fronte della viabilità, la statale della Maddalena è stata interrotta per quasi sei ore a causa di uno smottamento di 300 metri cubi tra Demonte e il paese; l'Anas l'ha riaperta alle 9.30 con il senso unico alternato.", W[10]),
    17: R("Alle 11 e-distribuzione ha ridato la corrente a circa 620 utenze, riparando la cabina di via Roma.", W[11]),
    "o3": O("Restano chiusi, per precauzione, anche il cimitero e il campo sportivo a ridosso del torrente."),
    18: R("L'emergenza non è finita: per venerdì sera l'Arpa prevede altre piogge, fino a sabato mattina, e ha dichiarato l'allerta gialla per il rischio idrogeologico nelle valli della provincia.", W[16]),
    "o4": O("Il Comune ha aperto un conto corrente per raccogliere donazioni a favore delle famiglie colpite."),
}
h2_paras = [
    [B("Alluvione lampo a Roccaviva: 140 sfollati, danni per oltre 4 milioni", "headline")],
    [B("di Federica Bertaina", "byline")],
    [H2[1], H2[2]],
    [H2[3], H2["o1"]],
    [H2[4], H2[5]],
    [H2[6], H2[7], H2[8], H2[9]],
    [H2[10], H2[11], H2["o2"]],
    [H2[12], H2[13]],
    [H2[14], H2[15]],
    [H2[16], H2[17], H2["o3"]],
    [H2[18], H2["o4"]],
]

# ---------------------------------------------------------------- second generation (copied from heavy 2)
sg_paras = [
    [B("Roccaviva, alluvione lampo: 140 sfollati e oltre 4 milioni di danni", "headline")],
    [B("Redazione", "byline")],
    [V(H2[1]["text"], H2[1]),
     R("Sotto quel diluvio il Gorgia, il rio che attraversa il paese di 1.900 anime della Valle Stura, è tracimato invadendo gran parte delle strade del centro storico.", H2[2])],
    [V(H2[3]["text"], H2[3]), V(H2["o1"]["text"], H2["o1"])],
    [R("Centoquaranta residenti delle case più esposte sono stati fatti uscire nel cuore della notte: trentacinque hanno dormito su brandine allestite in palestra, alla scuola media, gli altri si sono appoggiati a parenti e amici.", H2[4], H2[5])],
    [V(H2[6]["text"], H2[6]),
     R("Il caso più delicato a Ciabot, dove un anziano di 78 anni era rimasto bloccato al piano di sopra: l'elicottero lo ha recuperato col verricello subito dopo le 6 e l'uomo è stato portato in codice giallo al Santa Croce e Carle.", H2[7]),
     V(H2[8]["text"], H2[8])],
    [V(H2[10]["text"], H2[10]), V(H2[11]["text"], H2[11]), V(H2["o2"]["text"], H2["o2"])],
    [R("In mattinata a Roccaviva sono arrivati il prefetto Paolo Rinaldi e l'assessore regionale Giulia Ferrero, che ha annunciato la richiesta dello stato di emergenza entro poche ore.", H2[12])],
    [V(H2[14]["text"], H2[14]), V(H2[15]["text"], H2[15])],
    [R("La statale della Maddalena è stata interrotta per quasi sei ore da uno smottamento di 300 metri cubi tra Demonte e il paese; l'Anas l'ha riaperta alle 9.30 con il senso unico alternato.", H2[16]),
     V(H2["o3"]["text"], H2["o3"])],
    [V(H2[18]["text"], H2[18]),
     O("Aggiornamenti sulla situazione delle strade sono disponibili sul sito della Provincia di Cuneo.")],
    [B("© Notizie Cuneesi 24", "footer")],
]

# ---------------------------------------------------------------- heavy 3 (credited "fonti di agenzia")
h3_paras = [
    [B("Anziano salvato con l'elicottero, paese evacuato: la piena del Gorgia devasta Roccaviva", "headline")],
    [B("di Simone Revelli", "byline")],
    [R("Lo hanno raggiunto dal cielo, poco dopo le sei, quando l'acqua aveva ormai invaso il pianterreno: un pensionato di 78 anni di frazione Ciabot, a Roccaviva, è stato sollevato con il verricello dall'elicottero dei vigili del fuoco e affidato ai sanitari, che lo hanno ricoverato con un codice giallo all'ospedale cuneese Santa Croce e Carle per una lieve ipotermia.", W[6]),
     R("È l'immagine simbolo di una notte, quella fra giovedì 13 e venerdì 14 marzo, in cui il rio Gorgia ha rotto gli argini sommergendo buona parte del nucleo storico del paese, circa 1.900 abitanti in Valle Stura.", W[1]),
     R("Non ci sono state vittime e nessuno risulta disperso.", W[7])],
    [R("Le centraline di Arpa Piemonte hanno registrato 118 millimetri in tre ore, dalle 23 alle 2: per trovare un dato simile in zona bisogna tornare al novembre del 1994, l'anno della grande alluvione.", W[2]),
     O("Un acquazzone simile, spiegano i tecnici, satura in pochi minuti i piccoli bacini di montagna."),
     R("La corrente ha demolito il ponticello di via dei Mulini, riservato ai pedoni, e travolto una dozzina di vetture in sosta sull'argine.", W[3])],
    [R("Gli evacuati sono 140, tutti residenti nelle case lungo il torrente.", W[4]),
     R("Trentacinque hanno dormito nella palestra della media, dove la Protezione civile ha allestito un centro di accoglienza, gli altri sono stati accolti da familiari e amici.", W[4]),
     R("Oltre sessanta gli interventi dei pompieri, che hanno schierato 45 unità tra cui i soccorritori acquatici, oltre all'elicottero arrivato da Torino.", W[5]),
     R("Il comandante provinciale Stefano Audisio ha descritto una notte di lavoro casa per casa, con i suoi uomini immersi fino alla cintura.", W[8])],
    [R("Per il sindaco Marco Bellino si tratta di un evento senza precedenti nella sua memoria: il livello del rio è cresciuto di quasi due metri in una ventina di minuti e l'acqua è entrata in cantine, box e attività commerciali di piazza del Municipio.", W[9]),
     R("Bellino ha sospeso le lezioni per ordinanza: gli studenti torneranno in classe dopo lunedì 17 marzo.", W[9]),
     O("Nel centro storico molti negozianti hanno passato la mattinata a buttare in strada merce ormai inservibile.")],
    [R("Senza luce circa 620 utenze: e-distribuzione ha completato i lavori sulla cabina di via Roma solo alle 11.", W[11]),
     R("Chiusa per quasi sei ore, per uno smottamento da circa 300 metri cubi tra Demonte e Roccaviva, anche la statale 21 della Maddalena, che l'Anas ha riaperto alle 9.30 a senso unico alternato.", W[10])],
    [R("Il Comune quantifica i danni a viabilità, ponti, immobili pubblici e privati in più di 4 milioni di euro, ma si tratta di una stima provvisoria.", W[12]),
     R("Secondo Coldiretti, nella piana a valle sono finiti sott'acqua circa 80 ettari tra campi e frutteti e una trentina di serre sono state danneggiate.", W[13])],
    [R("La Regione Piemonte, ha annunciato Giulia Ferrero, assessore alla Protezione civile arrivata in mattinata con il prefetto Paolo Rinaldi, domanderà subito a Roma la dichiarazione dello stato di emergenza per non lasciare le famiglie in balia della burocrazia.", W[14]),
     R("Alle 15 il prefetto ha riunito il Centro coordinamento soccorsi, chiamato a esaminare i danni e a decidere dove sistemare gli sfollati.", W[15]),
     O("Nel pomeriggio sono arrivati da Torino anche i tecnici del Genio civile per le prime verifiche su argini e ponti.")],
    [R("Il maltempo non concede tregua: Arpa ha diffuso un'allerta gialla sulle valli cuneesi per il rischio idrogeologico dalla serata di venerdì, e la pioggia dovrebbe proseguire fino a sabato mattina.", W[16]),
     O("Chi volesse aiutare può rivolgersi alla Protezione civile comunale, che coordina i volontari.")],
    [B("(fonti di agenzia)", "credit")],
]

# ---------------------------------------------------------------- partial A (credited "(con askanews)")
pa_paras = [
    [B("Rii di montagna senza manutenzione, l'allarme dei geologi dopo il nubifragio in Valle Stura", "headline")],
    [B("di Marta Arnaudo", "byline")],
    [O("Alvei pieni di ghiaia e tronchi, argini costruiti decenni fa e mai rinforzati, ponticelli troppo bassi per lasciar passare una piena."),
     O("È la fotografia dei piccoli corsi d'acqua delle vallate cuneesi che emerge dal rapporto presentato il mese scorso dall'Ordine dei geologi del Piemonte, e che il nubifragio di venerdì ha reso di colpo attuale.")],
    [R("Nella notte tra giovedì e venerdì a Roccaviva, in Valle Stura, il rio Gorgia è esondato e ha allagato buona parte del centro storico del paese.", W[1]),
     R("L'Arpa Piemonte ha misurato 118 millimetri di pioggia in tre ore, un valore che nella zona non si registrava dal novembre 1994.", W[2])],
    [O("«Quando cade così tanta acqua in così poco tempo, un torrente che non viene pulito da anni diventa una diga pronta a cedere», spiega il geologo Andrea Tomatis, che ha coordinato lo studio."),
     O("Secondo il rapporto, nella sola provincia di Cuneo sono oltre 400 i tratti di rio classificati a rischio elevato, la metà dei quali in aree abitate."),
     O("Gli interventi di pulizia degli alvei spettano in parte ai Comuni e in parte alla Regione, ma i fondi disponibili coprono meno di un quinto del fabbisogno stimato.")],
    [B("I costi dell'emergenza", "crosshead")],
    [R("A Roccaviva, secondo la prima stima dell'ufficio tecnico comunale, i danni a strade, ponti, edifici pubblici e case superano già i 4 milioni di euro.", W[12]),
     R("L'assessore regionale alla Protezione civile, Giulia Ferrero, ha annunciato che la Regione chiederà al governo lo stato di emergenza, perché le famiglie colpite non possono aspettare.", W[14])],
    [O("Per i geologi, però, ogni euro speso in prevenzione ne fa risparmiare almeno quattro in ricostruzione."),
     O("«Continuiamo a inseguire le emergenze invece di prevenirle», osserva Tomatis, che chiede un piano pluriennale per la manutenzione dei bacini montani.")],
    [O("L'Uncem, l'unione dei comuni montani, ha chiesto di destinare una parte dei fondi del Pnrr non ancora spesi alla messa in sicurezza dei corsi d'acqua minori."),
     O("La Regione ha in programma per aprile un incontro con i sindaci delle valli per definire le priorità.")],
    [B("(con askanews)", "credit")],
]

# ---------------------------------------------------------------- partial B (uncredited)
pb_paras = [
    [B("Frutticoltura cuneese, una primavera che parte in salita tra gelate e maltempo", "headline")],
    [B("di Roberto Borgna", "byline")],
    [O("Per i frutticoltori della provincia di Cuneo, che con oltre 12 mila ettari di meleti, pescheti e actinidieti è il primo distretto frutticolo del Piemonte, marzo è il mese delle scelte."),
     O("Si decide quando potare, quanto investire nelle reti antigrandine e, soprattutto, se sottoscrivere le polizze contro le avversità climatiche, sempre più care.")],
    [O("Quest'anno la stagione è cominciata con due gelate tardive a fine febbraio, che secondo i tecnici hanno danneggiato parte delle gemme di albicocco nella zona di Lagnasco."),
     R("E nella notte tra giovedì e venerdì è arrivato il nubifragio che ha colpito Roccaviva, in Valle Stura: secondo la Coldiretti di Cuneo, nella piana sotto il paese sono stati allagati circa 80 ettari di campi e frutteti e una trentina di serre hanno subito danni.", W[13], W[1])],
    [O("«Abbiamo ancora mezzo metro di fango tra i filari, e le piante giovani rischiano l'asfissia radicale», racconta Silvio Olivero, che alleva kiwi e mele su sei ettari a poca distanza dal torrente."),
     O("Olivero ha perso anche il capannone in cui teneva i trattori e l'impianto di irrigazione appena rinnovato.")],
    [R("A complicare i primi soccorsi anche la frana di circa 300 metri cubi che per quasi sei ore ha chiuso la statale 21 tra Demonte e Roccaviva, poi riaperta a senso unico alternato.", W[10]),
     O("Per molte aziende della valle quella strada è l'unico collegamento con i magazzini di conservazione della pianura.")],
    [B("Il nodo delle assicurazioni", "crosshead")],
    [O("Solo un'azienda agricola su quattro, in provincia, è coperta da una polizza che comprende anche le alluvioni, secondo i dati dei consorzi di difesa."),
     O("Le altre dovranno sperare nei fondi per le calamità, che di solito arrivano dopo anni.")],
    [R("E il meteo non aiuta: l'Arpa ha emesso per venerdì sera un'allerta gialla per rischio idrogeologico sulle valli del Cuneese, con altra pioggia prevista fino a sabato.", W[16]),
     O("Le associazioni agricole chiedono alla Regione di anticipare i contributi per il ripristino dei terreni prima della fioritura.")],
]

# ---------------------------------------------------------------- hard negative 1 (published before the wire)
hn1_paras = [
    [B("Roccaviva, il Gorgia fuori dagli argini: fuori casa 140 persone, anziano salvato dall'elicottero", "headline")],
    [B("di Giorgio Bruno", "byline")],
    [O("Sono le sette del mattino e in piazza del Municipio l'acqua arriva ancora alle caviglie."),
     O("Il rumore che domina è quello delle pompe idrovore, che i pompieri hanno piazzato davanti alle vetrine del bar e della farmacia.")],
    [O("Roccaviva, borgo di 1.900 abitanti incastrato in fondo alla Valle Stura, ha passato una notte che nessuno qui aveva mai visto."),
     O("Attorno alle 23 di giovedì ha cominciato a piovere in modo violentissimo; all'una il rio Gorgia era già oltre il muro di contenimento."),
     O("Secondo i primi dati dell'Arpa, il pluviometro comunale ha segnato 118 millimetri: una quantità simile, concentrata in sole tre ore, da queste parti non cadeva dal 1994.")],
    [O("«Ho visto il torrente gonfiarsi sotto il ponte in meno di mezz'ora, poi è venuto giù tutto insieme», ci dice il sindaco Marco Bellino, con gli stivali ancora pieni di fango."),
     O("Sono 140 i residenti fatti uscire di casa durante la notte; 35 dormono ancora sulle brandine della palestra delle medie, gli altri sono da parenti.")],
    [O("Il momento più drammatico è arrivato poco dopo le sei, in frazione Ciabot."),
     O("L'uomo, 78 anni, si era rifugiato in camera da letto mentre l'acqua saliva le scale: i soccorritori lo hanno imbragato e issato a bordo del velivolo decollato da Torino."),
     O("Lo hanno portato in ospedale a Cuneo, infreddolito ma cosciente: codice giallo."),
     O("Nessuno, fortunatamente, è ferito in modo grave, né mancano persone all'appello.")],
    [O("Le squadre dei pompieri hanno contato finora più di 60 chiamate; in valle lavorano 45 operatori, compresi i soccorritori fluviali."),
     O("Chi deve scendere verso Cuneo, per ora, non può: la Statale 21 è interrotta da uno smottamento fra Demonte e Roccaviva, e l'Anas conta di riaprirla a senso unico entro metà mattina."),
     O("Al buio restano circa 620 utenze: gli operai di e-distribuzione stanno lavorando alla centralina di via Roma.")],
    [O("Bellino ha già firmato l'ordinanza che tiene chiusi gli istituti scolastici per oggi e per lunedì 17 marzo."),
     O("In paese si guarda il cielo con apprensione: per la serata sono attese nuove piogge.")],
    [B("Articolo in aggiornamento", "footer")],
]

# ---------------------------------------------------------------- hard negative 2 (photo credit "Foto: askanews")
hn2_paras = [
    [B("Fango e solidarietà nella piazza di Roccaviva: «Ripartiremo, ma da soli non ce la facciamo»", "headline")],
    [B("Foto: askanews", "photo_credit")],
    [B("dal nostro inviato Matteo Giordanengo", "byline")],
    [O("Nel pomeriggio la piazza del Municipio di Roccaviva sembra un cantiere: carriole, stivali di gomma, mobili accatastati sul selciato."),
     O("Lorena Fantino, che gestisce la merceria all'angolo, mostra il segno lasciato dall'acqua sul muro, all'altezza del ginocchio."),
     O("«Alle due di notte mi ha chiamato mia sorella, quando sono arrivata la porta era già sfondata», racconta.")],
    [O("Il conto complessivo, secondo i tecnici comunali, ha già superato i 4 milioni tra strade, ponti, scuole e abitazioni private."),
     O("Il sindaco Marco Bellino gira tra i negozi stringendo mani: «Abbiamo bisogno di tutto, di braccia e di soldi, e ne avremo bisogno a lungo», ci dice.")],
    [O("In mattinata sono saliti in paese Giulia Ferrero, che in Regione guida l'assessorato alla Protezione civile, e il prefetto Paolo Rinaldi."),
     O("«Lo stato di emergenza lo chiediamo stasera stessa, non possiamo lasciare queste famiglie ad aspettare mesi», ha promesso l'assessora ai commercianti."),
     O("Alle 15, in prefettura a Cuneo, si è tenuto il vertice del Centro coordinamento soccorsi per organizzare l'assistenza agli sfollati.")],
    [O("Gli sfollati sono 140: trentacinque passeranno anche questa notte in palestra."),
     O("Tra chi dorme lì c'è anche la famiglia di Ivo Chiapello, la cui casa sul Gorgia è inagibile: «Le brandine sono scomode, ma almeno siamo all'asciutto».")],
    [O("Poco più in basso, verso la piana, la Coldiretti ha censito un'ottantina di ettari allagati, fra colture e frutteti, e circa trenta serre rovinate."),
     O("Stefano Audisio, a capo dei vigili del fuoco della provincia, fa il bilancio di una notte «passata in acqua fino alla cintura»: più di 60 interventi, 45 uomini e un elicottero."),
     O("Tra le operazioni più difficili il salvataggio, all'alba, di un settantottenne rimasto intrappolato nella sua casa di Ciabot, ora in osservazione all'ospedale di Cuneo.")],
    [O("Dalla serata l'Arpa ha fatto scattare l'allerta gialla su tutte le vallate della provincia: la pioggia dovrebbe continuare fino a sabato mattina."),
     O("Per questo molti, a sera, hanno preferito non rientrare nemmeno nelle case rimaste asciutte.")],
]

# ---------------------------------------------------------------- hard negative 3 (the day after)
hn3_paras = [
    [B("Roccaviva conta i danni dopo la piena: oltre 4 milioni, la Regione chiede lo stato d'emergenza", "headline")],
    [B("di Chiara Bertolotti", "byline")],
    [O("Centodiciotto millimetri in tre ore."),
     O("Dietro questa cifra, misurata dall'Arpa Piemonte nella notte fra giovedì e venerdì, c'è la piena che ha devastato Roccaviva, paesino di 1.900 residenti della Valle Stura."),
     O("Per ritrovare un'intensità simile, in questa zona, occorre risalire alla grande alluvione del novembre 1994.")],
    [O("Sabato mattina il rio Gorgia è tornato nel suo letto, ma lascia dietro di sé una scia di fango lunga quasi un chilometro."),
     O("La passerella di via dei Mulini non esiste più, e una dozzina di automobili giace accartocciata nel greto, qualche centinaio di metri più a valle.")],
    [O("L'ufficio tecnico del Comune ha completato nella notte una prima ricognizione: servono più di quattro milioni di euro per rimettere in sesto case, edifici pubblici, ponti e carreggiate."),
     O("«È una cifra provvisoria, destinata a crescere quando entreremo nelle cantine», avverte il sindaco Marco Bellino.")],
    [O("La Regione ha già avviato l'iter per lo stato di emergenza."),
     O("«Abbiamo mandato la richiesta a Roma venerdì sera, adesso contiamo su un primo stanziamento rapido», spiega Giulia Ferrero, assessore regionale con delega alla Protezione civile, che ha visitato il paese insieme al prefetto Paolo Rinaldi.")],
    [O("Intanto la 21, la statale della Maddalena, rimasta bloccata quasi sei ore venerdì per il crollo di 300 metri cubi di roccia e terra, è percorribile a senso unico alternato."),
     O("Gli operai dell'Anas sono rimasti sul posto fino a tarda sera per liberare la carreggiata e posizionare una rete di protezione.")],
    [O("Stefano Audisio, che comanda i pompieri della provincia, ricorda che nelle prime ore le squadre hanno dovuto muoversi a piedi, con l'acqua alla vita, perché i mezzi non passavano."),
     O("In tutto gli interventi sono stati più di 60, con 45 operatori impegnati e l'elicottero del reparto volo piemontese."),
     O("Proprio quell'elicottero, all'alba di venerdì, ha tratto in salvo a Ciabot un settantottenne, che è rimasto in ospedale a Cuneo per accertamenti.")],
    [O("Dei 140 sfollati, 35 hanno trascorso anche la seconda notte in palestra."),
     O("Lezioni sospese anche lunedì 17 marzo."),
     O("La Coldiretti ha calcolato circa 80 ettari di coltivazioni sommerse nella pianura sottostante, mentre le serre da ricostruire sono una trentina.")],
    [O("Sulle vallate resta l'allerta gialla dell'Arpa per il rischio idrogeologico, ma nella notte la pioggia è stata più debole del previsto.")],
]

# ---------------------------------------------------------------- hard negative 4 (Sunday reportage)
hn4_paras = [
    [B("Tre notti in palestra: a Roccaviva gli sfollati del Gorgia aspettano di tornare a casa", "headline")],
    [B("di Daniela Peano", "byline")],
    [O("Le brandine sono disposte in tre file sotto i canestri, ognuna con una coperta militare piegata ai piedi."),
     O("Nella palestra delle medie di Roccaviva, da giovedì notte, dormono 35 dei 140 abitanti costretti a lasciare la propria casa quando il rio Gorgia è straripato."),
     O("Gli altri hanno trovato ospitalità da figli, fratelli, vicini di casa.")],
    [O("Agnese Rosso, 64 anni, abita a pochi metri dall'argine: «L'acqua è entrata dalla finestra del bagno, in un attimo eravamo in trappola»."),
     O("Erano appena passate le 23 di giovedì quando sulla valle si è rovesciato un temporale da 118 millimetri nel giro di tre ore, secondo le misure dell'Arpa.")],
    [O("Il sindaco Marco Bellino passa in palestra ogni sera."),
     O("«Qui nessuno è un numero, conosco queste persone una per una e non le lascerò sole», ripete a tutti."),
     O("Con la sua ordinanza gli istituti restano sbarrati fino a lunedì 17, ma le aule al pianterreno della primaria sono ancora piene di fango e la riapertura potrebbe slittare.")],
    [O("A preparare i pasti sono i volontari della Protezione civile e della Croce Rossa, che si danno il cambio in turni di otto ore."),
     O("Tra gli ospiti manca il pensionato di Ciabot, 78 anni, sollevato dall'elicottero venerdì all'alba: è stato dimesso dall'ospedale di Cuneo ed è ospite della figlia a Borgo San Dalmazzo.")],
    [O("«Abbiamo aperto ogni porta, anche quelle che nessuno aveva segnalato», ricorda Stefano Audisio, il comandante dei pompieri cuneesi, che quella notte ha guidato 45 uomini in oltre 60 interventi."),
     O("Nella prima mattinata di venerdì erano rimaste senza elettricità circa 620 utenze, e la palestra è stata illuminata con un generatore fino alle 11.")],
    [O("Domenica mattina il parroco ha celebrato la messa proprio tra le brandine."),
     O("Dal Comune fanno sapere che i danni superano i 4 milioni e che la Regione ha chiesto lo stato di emergenza, ma nessuno in palestra parla di soldi."),
     O("«Vogliamo solo sapere quando potremo tornare a casa», dice Agnese Rosso, mentre fuori ricomincia a piovere.")],
]

# ---------------------------------------------------------------- easy negative
en_paras = [
    [B("Savona, la biblioteca civica riapre nell'ex convento dei Cappuccini dopo tre anni di lavori", "headline")],
    [B("di Paola Siccardi", "byline")],
    [O("Dopo tre anni di cantiere e 2,8 milioni di euro di investimento, la biblioteca civica di Savona riapre al pubblico nella nuova sede dell'ex convento dei Cappuccini."),
     O("L'inaugurazione è in programma sabato mattina alla presenza dell'assessore alla Cultura, Federico Repetto, e di una delegazione di studenti delle scuole cittadine.")],
    [O("La nuova biblioteca ospita oltre 90 mila volumi, una sala studio da 120 posti aperta fino a mezzanotte e un'emeroteca con quotidiani in dodici lingue."),
     O("Nel chiostro, restaurato con il contributo della Fondazione De Mari, troveranno posto gli incontri con gli autori e, d'estate, il cinema all'aperto.")],
    [O("«Volevamo un luogo dove si possa stare, non soltanto prendere un libro in prestito», spiega la direttrice, Silvia Parodi."),
     O("Tra le novità anche una sezione dedicata ai ragazzi con fumetti e videogiochi, e un laboratorio per la digitalizzazione del fondo antico, che conta circa 4 mila documenti sulla storia del porto.")],
    [O("Il trasloco dei volumi dalla vecchia sede di via Quarda, diventata troppo piccola e priva di ascensore, è durato quasi due mesi."),
     O("Per il primo mese l'iscrizione sarà gratuita per tutti i residenti."),
     O("La biblioteca sarà aperta dal lunedì al sabato, dalle 9 alle 24, e la domenica pomeriggio."),
     O("Il Comune punta a raddoppiare in due anni il numero degli iscritti, oggi fermo a circa 6.500.")],
    [B("© Riproduzione riservata", "footer")],
]

# ---------------------------------------------------------------- documents
ID = {"HN3": "d01", "L2": "d02", "PA": "d03", "H1": "d04", "EN": "d05", "TR": "d06", "HN1": "d07",
      "VB": "d08", "WIRE": "d09", "H2": "d10", "D": "d11", "HN2": "d12", "SG": "d13", "L1": "d14",
      "H3": "d15", "PB": "d16", "HN4": "d17"}


def did(k):
    return f"{FAMILY}_{ID[k]}"


DOCS = [
    # key, kind, lang, outlet, published, url, paras, parent, credit_text, credited
    ("WIRE", "wire", "it", "askanews", "2025-03-14T13:42:00+01:00",
     "https://askanews.example/cronaca/2025/03/14/maltempo-nubifragio-valle-stura-esonda-rio-gorgia-roccaviva-140-evacuati",
     wire_paras, None, None),
    ("L1", "light", "it", "Piemonte Oggi", "2025-03-14T14:10:00+01:00",
     "https://piemonteoggi.example/cronaca/2025/03/14/nubifragio-roccaviva-esonda-rio-gorgia-140-evacuati",
     l1_paras, "WIRE", L1_CREDIT),
    ("VB", "verbatim", "it", "Valli Cuneesi Notizie", "2025-03-14",
     "https://vallicuneesinotizie.example/valle-stura/roccaviva-sott-acqua-esonda-rio-gorgia-140-evacuati",
     vb_paras, "WIRE", "Fonte: askanews"),
    ("L2", "light", "it", "Il Quotidiano Subalpino", "2025-03-14T14:35:00+01:00",
     "https://quotidianosubalpino.example/cuneo/roccaviva-rio-gorgia-esonda-nella-notte-140-evacuati",
     l2_paras, "WIRE", None),
    ("D", "drift", "it", "Cronache Alpine", "2025-03-14T15:05:00+01:00",
     "https://cronachealpine.example/2025/03/14/nubifragio-valle-stura-roccaviva-esonda-gorgia",
     dr_paras, "WIRE", "(fonti di agenzia)"),
    ("H1", "heavy", "it", "Il Nuovo Piemonte", "2025-03-14T15:50:00+01:00",
     "https://nuovopiemonte.example/territorio/2025/03/14/roccaviva-notte-di-paura-gorgia-rompe-argini",
     h1_paras, "WIRE", None),
    ("H2", "heavy", "it", "La Voce delle Alpi", "2025-03-14T16:40:00+01:00",
     "https://vocedellealpi.example/cronaca/alluvione-lampo-roccaviva-140-sfollati-danni-4-milioni",
     h2_paras, "WIRE", None),
    ("TR", "translation", "en", "The Piedmont Chronicle", "2025-03-14T17:30:00+01:00",
     "https://piedmontchronicle.example/news/2025/03/14/flash-flood-alpine-town-roccaviva-140-evacuated",
     tr_paras, "WIRE", "Source: askanews"),
    ("H3", "heavy", "it", "Gazzetta del Nord-Ovest", "2025-03-14T18:20:00+01:00",
     "https://gazzettanordovest.example/piemonte/anziano-salvato-elicottero-piena-gorgia-roccaviva",
     h3_paras, "WIRE", "(fonti di agenzia)"),
    ("SG", "second_generation", "it", "Notizie Cuneesi 24", "2025-03-14T20:15:00+01:00",
     "https://notiziecuneesi24.example/valle-stura/roccaviva-alluvione-lampo-140-sfollati",
     sg_paras, "H2", None),
    ("PA", "partial", "it", "L'Eco del Territorio", "2025-03-15T07:30:00+01:00",
     "https://ecodelterritorio.example/ambiente/2025/03/15/rii-montagna-manutenzione-allarme-geologi",
     pa_paras, "WIRE", "(con askanews)"),
    ("PB", "partial", "it", "Campi e Cascine", "2025-03-15T10:00:00+01:00",
     "https://campiecascine.example/frutticoltura/cuneese-primavera-in-salita-gelate-maltempo",
     pb_paras, "WIRE", None),
    ("HN1", "hard_negative", "it", "Valle Stura Live", "2025-03-14T08:50:00+01:00",
     "https://vallesturalive.example/roccaviva/gorgia-fuori-dagli-argini-anziano-salvato-elicottero",
     hn1_paras, None, None),
    ("EN", "easy_negative", "it", "Riviera Cultura", "2025-03-14T10:15:00+01:00",
     "https://rivieracultura.example/savona/biblioteca-civica-riapre-ex-convento-cappuccini",
     en_paras, None, None),
    ("HN2", "hard_negative", "it", "Cronaca di Provincia", "2025-03-14T19:10:00+01:00",
     "https://cronacadiprovincia.example/cuneo/2025/03/14/fango-solidarieta-piazza-roccaviva",
     hn2_paras, None, None),
    ("HN3", "hard_negative", "it", "Montagne Oggi", "2025-03-15T06:45:00+01:00",
     "https://montagneoggi.example/2025/03/15/roccaviva-conta-danni-dopo-piena",
     hn3_paras, None, None),
    ("HN4", "hard_negative", "it", "Il Monviso Settimanale", "2025-03-16T11:00:00+01:00",
     "https://monvisosettimanale.example/valli/tre-notti-in-palestra-sfollati-roccaviva",
     hn4_paras, None, None),
]


def main():
    documents, sentences = [], {}
    for key, kind, lang, outlet, published, url, paras, parent, credit in DOCS:
        text = "\n\n".join(" ".join(s["text"] for s in p) for p in paras)
        sents = [dict(s) for p in paras for s in p]
        title = sents[0]["text"]
        documents.append({
            "id": did(key), "kind": kind, "language": lang, "outlet": outlet, "published": published,
            "url": url, "title": title, "text": text, "parent": did(parent) if parent else None,
            "credited": credit is not None, "credit_text": credit,
        })
        sentences[did(key)] = sents
    documents.sort(key=lambda d: d["id"])
    drift = []
    for d in DRIFT:
        d = dict(d)
        d["child"], d["parent"] = did(d["child"]), did(d["parent"])
        drift.append(d)
    fam = {"family": FAMILY, "documents": documents,
           "sentences": {d["id"]: sentences[d["id"]] for d in documents}, "drift": drift}
    out = Path(__file__).with_name("family.json")
    out.write_text(json.dumps(fam, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(documents)} documents)")


if __name__ == "__main__":
    main()
