#!/usr/bin/env python3
"""Build family.json for the reuse family `grandine_it`.

Invented event: a ransomware attack paralyses the IT systems of the (invented) Policlinico
San Tarcisio in Rome on the night of Saturday 12 April 2025. Wire story by Adnkronos.
All people, outlets, figures and URLs are invented; institutions (Ares 118, Polizia postale,
Garante privacy, Nursind, Regione Lazio, Tor Vergata, San Giovanni Addolorata) are real.

Every document is written as paragraphs of labelled sentences; the text is generated from them,
so the gold sentences cover each text exactly and in order.

    python3 build.py        # writes family.json beside this file
"""
from __future__ import annotations

import json
from pathlib import Path

FAMILY = "grandine_it"
NAMES: dict[str, str] = {}          # sentence name -> exact text (for parent references)


# ---------------------------------------------------------------- sentence helpers
def _reg(text, name):
    if name:
        assert name not in NAMES, name
        NAMES[name] = text


def O(text, name=None):
    _reg(text, name)
    return {"text": text, "label": "original"}


def R(text, *parents, name=None, drift=False):
    _reg(text, name)
    d = {"text": text, "label": "rewritten", "parents": list(parents)}
    if drift:
        d["drift"] = True
    return d


def V(text, *parents, name=None):
    _reg(text, name)
    return {"text": text, "label": "verbatim", "parents": list(parents)}


def BP(role, text):
    return {"text": text, "label": "boilerplate", "role": role}


def H(t): return BP("headline", t)
def BY(t): return BP("byline", t)
def DL(t): return BP("dateline", t)
def CR(t): return BP("credit", t)
def PC(t): return BP("photo_credit", t)
def XH(t): return BP("crosshead", t)
def FT(t): return BP("footer", t)


def typo(s: str) -> str:
    """Typography-only change used by the verbatim copy: ' -> ’, « -> “, » -> ”."""
    return s.replace("'", "\u2019").replace("«", "\u201c").replace("»", "\u201d")


# ================================================================= WIRE (Adnkronos)
WIRE = [
    [H("Sanità: attacco hacker al Policlinico San Tarcisio di Roma, ambulanze dirottate e interventi rinviati")],
    [DL("Roma, 12 apr. (Adnkronos) -"),
     O("Un attacco informatico di tipo ransomware ha paralizzato nella notte i sistemi del Policlinico San Tarcisio di Roma, costringendo medici e infermieri a tornare a carta e penna in tutti i reparti.", "w1"),
     O("L'intrusione è stata individuata alle 3.40 dai tecnici di turno, che hanno notato il blocco simultaneo della cartella clinica elettronica, del sistema di prenotazione e dei programmi del laboratorio analisi.", "w2")],
    [O("Per precauzione l'azienda ha scollegato dalla rete tutti i 180 server dell'ospedale e ha chiesto all'Ares 118 di dirottare le ambulanze verso altri pronto soccorso della capitale.", "w3"),
     O("Fino a mezzogiorno i mezzi di soccorso deviati sono stati 46, soprattutto verso il Policlinico Tor Vergata e l'ospedale San Giovanni Addolorata.", "w4"),
     O("Sono stati rinviati i 38 interventi chirurgici programmati tra oggi e lunedì, mentre le 310 prestazioni ambulatoriali in calendario in mattinata sono state annullate.", "w5")],
    [O("Restano garantite l'assistenza ai pazienti già ricoverati, che occupano 587 dei 620 posti letto, e la dialisi per i 14 malati in trattamento, assicurata da apparecchi che funzionano senza collegamento alla rete.", "w6"),
     O("Sugli schermi dei computer bloccati è comparsa una richiesta di riscatto di 40 bitcoin, pari a circa 3,1 milioni di euro, firmata da un gruppo che si fa chiamare Nebbia Nera.", "w7"),
     O("Sull'attacco indaga la Polizia postale, che ha acquisito i registri dei server, mentre l'azienda ha già notificato l'incidente al Garante per la protezione dei dati personali.", "w8")],
    [O("«Non pagheremo nessun riscatto e al momento non abbiamo evidenze che i dati dei pazienti siano stati sottratti», ha detto la direttrice generale del San Tarcisio, Marina Fabbrocini.", "w9"),
     O("«Le copie di sicurezza sono integre e contiamo di ripristinare i servizi essenziali entro 72 ore, cioè entro la serata di martedì 15 aprile», ha aggiunto.", "w10")],
    [O("L'assessore regionale alla Sanità del Lazio, Davide Orlandini, ha convocato per le 16 un'unità di crisi con i vertici delle aziende sanitarie romane.", "w11"),
     O("«Chi colpisce un ospedale mette in pericolo vite umane: chiederemo al governo risorse straordinarie per la sicurezza informatica della sanità pubblica», ha dichiarato Orlandini.", "w12")],
    [O("Nei reparti il personale compila moduli cartacei e i referti del laboratorio vengono consegnati a mano, con tempi di attesa che in alcuni casi si sono triplicati.", "w13"),
     O("«I colleghi del turno di notte sono rimasti in servizio fino alle 10 per non lasciare scoperti i reparti», ha raccontato Paolo Scarano, segretario aziendale del sindacato infermieristico Nursind.", "w14"),
     O("«Da due anni chiediamo di aggiornare i sistemi informatici, adesso ne paghiamo il conto», ha aggiunto.", "w15"),
     O("Il comitato Rete Pazienti Lazio ha annunciato un esposto alla Procura di Roma e ha invitato chi ha visto rinviare un esame a conservare tutta la documentazione.", "w16")],
]

# ================================================================= VERBATIM copy
# typography only, dateline removed, the Orlandini paragraph (w11, w12) dropped, date-only publication
_kept = [["w1", "w2"], ["w3", "w4", "w5"], ["w6", "w7", "w8"], ["w9", "w10"], ["w13", "w14", "w15", "w16"]]
VERBATIM = [[H("Roma, hacker bloccano il San Tarcisio: l’ospedale torna a carta e penna")],
            [BY("Redazione")]]
VERBATIM += [[V(typo(NAMES[k]), k) for k in para] for para in _kept]
VERBATIM += [[CR("Fonte: Adnkronos")]]

# ================================================================= LIGHT A (credited in the body)
LIGHT_A = [
    [H("Attacco hacker al San Tarcisio, ospedale isolato dalla rete: 46 ambulanze deviate")],
    [BY("di Serena Mattioli")],
    [R("Un attacco ransomware ha messo fuori uso nella notte i sistemi del Policlinico San Tarcisio di Roma, costringendo medici e infermieri a tornare a carta e penna in tutti i reparti, come riferisce l'Adnkronos.", "w1"),
     R("L'intrusione è stata scoperta alle 3.40 dai tecnici di turno, che hanno notato il blocco contemporaneo della cartella clinica elettronica, del sistema di prenotazione e dei programmi del laboratorio.", "w2")],
    [R("In via precauzionale l'azienda ha scollegato dalla rete tutti i 180 server dell'ospedale e ha chiesto all'Ares 118 di dirottare le ambulanze verso gli altri pronto soccorso della capitale.", "w3"),
     R("Fino a mezzogiorno le ambulanze deviate sono state 46, in gran parte verso il Policlinico Tor Vergata e l'ospedale San Giovanni Addolorata.", "w4"),
     O("Davanti all'ingresso del pronto soccorso, in mattinata, un cartello scritto a mano avvisava della chiusura temporanea chi arrivava con l'auto privata."),
     V("Sono stati rinviati i 38 interventi chirurgici programmati tra oggi e lunedì, mentre le 310 prestazioni ambulatoriali in calendario in mattinata sono state annullate.", "w5")],
    [R("Sugli schermi dei computer bloccati è apparsa una richiesta di riscatto di 40 bitcoin, circa 3,1 milioni di euro, firmata da un gruppo che si fa chiamare Nebbia Nera.", "w7"),
     R("Indaga la Polizia postale, che ha acquisito i registri dei server; l'azienda ha già notificato l'incidente al Garante per la protezione dei dati personali.", "w8")],
    [R("«Non pagheremo nessun riscatto e al momento non abbiamo evidenze che i dati dei pazienti siano stati sottratti», ha assicurato la direttrice generale Marina Fabbrocini.", "w9"),
     R("«Le copie di sicurezza sono integre e contiamo di ripristinare i servizi essenziali entro 72 ore, entro la serata di martedì 15 aprile», ha aggiunto.", "w10")],
    [R("«Chi colpisce un ospedale mette in pericolo vite umane», ha dichiarato l'assessore regionale alla Sanità Davide Orlandini, che chiederà al governo risorse straordinarie per la sicurezza informatica della sanità pubblica.", "w12"),
     R("«I colleghi del turno di notte sono rimasti in servizio fino alle 10 per non lasciare scoperti i reparti», ha raccontato Paolo Scarano, segretario aziendale del Nursind.", "w14"),
     O("Per informazioni su visite e interventi rinviati l'azienda ha attivato un numero verde, raggiungibile dalle 8 alle 20.")],
    [FT("© Riproduzione riservata")],
]

# ================================================================= LIGHT B (uncredited)
LIGHT_B = [
    [H("Roma, ransomware al Policlinico San Tarcisio: rinviati 38 interventi")],
    [BY("Redazione Lazio24")],
    [R("Nella notte un attacco informatico di tipo ransomware ha paralizzato i sistemi del Policlinico San Tarcisio di Roma: medici e infermieri sono tornati a carta e penna in tutti i reparti.", "w1"),
     R("L'azienda ha scollegato per precauzione dalla rete tutti i 180 server dell'ospedale e ha chiesto all'Ares 118 di dirottare le ambulanze verso altri pronto soccorso cittadini.", "w3"),
     R("Entro mezzogiorno sono stati deviati 46 mezzi di soccorso, soprattutto verso il Policlinico Tor Vergata e il San Giovanni Addolorata.", "w4")],
    [R("Rinviati i 38 interventi chirurgici programmati tra oggi e lunedì, annullate le 310 prestazioni ambulatoriali previste in mattinata.", "w5"),
     R("Restano garantite l'assistenza ai pazienti ricoverati, che occupano 587 dei 620 posti letto, e la dialisi per i 14 malati in trattamento, grazie ad apparecchi che funzionano senza collegamento alla rete.", "w6"),
     O("Per le prossime ore la direzione sanitaria ha chiesto ai cittadini di non presentarsi in ospedale per esami non urgenti.")],
    [R("Sui computer bloccati è comparsa una richiesta di riscatto da 40 bitcoin, pari a circa 3,1 milioni di euro, firmata da un gruppo che si fa chiamare Nebbia Nera.", "w7"),
     R("«Non pagheremo nessun riscatto e al momento non abbiamo evidenze che i dati dei pazienti siano stati sottratti», ha detto la direttrice generale Marina Fabbrocini.", "w9"),
     R("La direttrice ha spiegato che le copie di sicurezza sono integre e che l'azienda conta di ripristinare i servizi essenziali entro 72 ore, cioè entro la serata di martedì 15 aprile.", "w10")],
    [V("Nei reparti il personale compila moduli cartacei e i referti del laboratorio vengono consegnati a mano, con tempi di attesa che in alcuni casi si sono triplicati.", "w13"),
     R("Il comitato Rete Pazienti Lazio annuncia un esposto alla Procura di Roma e invita chi ha visto rinviare un esame a conservare tutta la documentazione.", "w16"),
     O("Chi ha un appuntamento nei prossimi giorni sarà ricontattato dagli uffici dell'ospedale.")],
]

# ================================================================= DRIFT copy (3 changed facts)
DRIFT = [
    [H("Hacker contro il San Tarcisio, ospedale in tilt e pronto soccorso off limits")],
    [BY("di Lorenzo Carucci")],
    [R("Un attacco informatico ransomware ha bloccato nella notte i sistemi del Policlinico San Tarcisio di Roma, obbligando medici e infermieri a lavorare con carta e penna in tutti i reparti.", "w1"),
     R("I tecnici di turno hanno individuato l'intrusione alle 3.40, quando si sono accorti del blocco simultaneo della cartella clinica elettronica, del sistema di prenotazione e dei programmi del laboratorio analisi.", "w2")],
    [R("Per precauzione l'azienda ha staccato dalla rete tutti i 180 server dell'ospedale e ha chiesto all'Ares 118 di dirottare le ambulanze su altri pronto soccorso della capitale.", "w3"),
     R("Fino a mezzogiorno sono stati deviati 64 mezzi di soccorso, diretti soprattutto al Policlinico Tor Vergata e all'ospedale San Giovanni Addolorata.", "w4", name="dr4", drift=True),
     R("Rinviati i 38 interventi chirurgici programmati tra oggi e lunedì; annullate anche le 310 prestazioni ambulatoriali in calendario in mattinata.", "w5")],
    [R("Sono comunque garantite l'assistenza ai pazienti già ricoverati, che occupano 587 dei 620 posti letto, e la dialisi per i 14 malati in trattamento, grazie ad apparecchi che funzionano senza rete.", "w6"),
     R("Sugli schermi dei pc bloccati è comparsa una richiesta di riscatto di 40 bitcoin, circa 3,1 milioni di euro, firmata da un gruppo che si fa chiamare Nebbia Nera.", "w7"),
     R("Indaga la Polizia postale, che ha acquisito i registri dei server, mentre l'azienda ha notificato l'incidente al Garante per la protezione dei dati personali.", "w8")],
    [R("«Non pagheremo nessun riscatto e al momento non abbiamo evidenze che i dati dei pazienti siano stati sottratti», ha spiegato la direttrice generale del San Tarcisio, Marina Fabbrocini.", "w9"),
     R("«Le copie di sicurezza sono integre e contiamo di ripristinare i servizi essenziali entro 72 ore, cioè entro la serata di mercoledì 16 aprile», ha poi aggiunto.", "w10", name="dr10", drift=True)],
    [R("L'assessore alla Sanità della Regione Lazio, Davide Orlandini, ha convocato alle 16 un'unità di crisi con i vertici delle aziende sanitarie di Roma.", "w11"),
     R("«Chi colpisce un ospedale mette in pericolo vite umane: chiederemo al governo risorse straordinarie per la sicurezza informatica della sanità pubblica», ha affermato Orlandini.", "w12")],
    [R("Nei reparti si compilano moduli cartacei e i referti del laboratorio arrivano a mano, con tempi di attesa in alcuni casi triplicati.", "w13"),
     R("«I colleghi del turno di notte sono rimasti in servizio fino alle 10 per non lasciare scoperti i reparti», ha raccontato Paolo Scalera, segretario aziendale del sindacato infermieristico Nursind.", "w14", name="dr14", drift=True),
     R("«Da due anni chiediamo di aggiornare i sistemi informatici, adesso ne paghiamo il conto», ha aggiunto il sindacalista.", "w15"),
     R("Il comitato Rete Pazienti Lazio ha annunciato un esposto alla Procura di Roma e ha chiesto a chi ha avuto un esame rinviato di conservare la documentazione.", "w16")],
    [CR("(con Adnkronos)")],
]
DRIFT_ENTRIES = [
    ("dr4", "w4", "number", "46", "64"),
    ("dr10", "w10", "date", "martedì 15 aprile", "mercoledì 16 aprile"),
    ("dr14", "w14", "name", "Paolo Scarano", "Paolo Scalera"),
]

# ================================================================= HEAVY 1 (photo credit only)
HEAVY_1 = [
    [H("San Tarcisio sotto scacco: un virus cifra i dati e l'ospedale torna all'era della carta")],
    [PC("Foto: Adnkronos")],
    [BY("di Giorgia Ventresca")],
    [O("Alle prime luci dell'alba, nei corridoi del San Tarcisio, i monitor mostravano tutti la stessa schermata nera."),
     R("Era il segno di un ransomware, un software malevolo che cifra i file e li tiene in ostaggio: poco prima delle quattro, per la precisione alle 3.40, gli addetti informatici del turno notturno hanno visto smettere di funzionare insieme il fascicolo digitale dei ricoverati, le agende delle prenotazioni e gli applicativi del laboratorio.", "w1", "w2"),
     R("Da allora, in ogni reparto del policlinico romano, medici e infermieri scrivono tutto a mano.", "w1")],
    [R("La direzione ha deciso di spegnere i collegamenti di tutte le 180 macchine del centro dati e ha domandato alla centrale operativa regionale dell'emergenza di portare altrove i pazienti trasportati in ambulanza.", "w3"),
     R("Entro le 12 le ambulanze girate su altre strutture erano già 46: la maggior parte ha raggiunto Tor Vergata o il San Giovanni Addolorata.", "w4"),
     O("Sul piazzale del pronto soccorso, per tutta la mattina, le sbarre sono rimaste abbassate."),
     R("Saltano anche le sale operatorie: i 38 pazienti attesi sotto i ferri fra sabato e lunedì dovranno aspettare una nuova data, e nessuna delle 310 visite e analisi fissate per la mattina si è svolta.", "w5")],
    [R("Chi era già in corsia continua a essere curato: sono 587 i letti occupati su 620.", "w6"),
     R("Non si sono fermati nemmeno i 14 dializzati, perché le macchine per la dialisi lavorano in modo autonomo, senza bisogno della rete.", "w6"),
     O("Per loro, spiegano dall'ospedale, non c'è stato nessun ritardo.")],
    [R("Chi ha sferrato l'attacco ha lasciato un messaggio sulle postazioni: vuole 40 bitcoin, che al cambio attuale valgono intorno ai 3,1 milioni, e si firma Nebbia Nera.", "w7"),
     R("Gli investigatori della Polizia postale hanno già preso in consegna i log dei server; la segnalazione al Garante della privacy è partita in mattinata.", "w8"),
     R("La direttrice generale Marina Fabbrocini esclude qualsiasi trattativa con i ricattatori e sostiene che, per ora, nulla indica una fuga di dati sanitari.", "w9"),
     R("Secondo lei i backup non sono stati toccati, e il piano è riportare in funzione i servizi principali in tre giorni, quindi per martedì sera.", "w10")],
    [R("Alle 16 in Regione si riunirà la task force convocata dall'assessore alla Sanità Davide Orlandini con i manager della sanità romana.", "w11"),
     R("Per Orlandini attaccare un ospedale vuol dire mettere a rischio delle vite: la giunta busserà alla porta del governo per ottenere fondi straordinari a difesa delle reti informatiche pubbliche della sanità.", "w12"),
     O("Non è escluso che all'incontro partecipino anche i responsabili informatici delle altre aziende.")],
    [R("Intanto in corsia si va avanti con i fogli: i risultati degli esami li portano a piedi gli operatori, e certe attese sono diventate tre volte più lunghe.", "w13"),
     R("Paolo Scarano, che guida il Nursind all'interno dell'azienda, racconta di infermieri del turno notturno trattenuti fino alle dieci del mattino per coprire i reparti e ricorda che il sindacato sollecita da due anni un rinnovo dei sistemi informatici.", "w14", "w15"),
     R("I pazienti riuniti nel comitato Rete Pazienti Lazio, invece, si rivolgeranno alla magistratura con un esposto e raccomandano a chi ha perso un appuntamento di tenere da parte ogni carta.", "w16"),
     O("Il timore, tra chi lavora in ospedale, è che il ritorno alla normalità richieda più tempo del previsto.")],
]

# ================================================================= HEAVY 2 (uncredited; parent of the second generation)
HEAVY_2 = [
    [H("Ospedale in ostaggio degli hacker: al San Tarcisio chirurgia ferma e ambulanze altrove")],
    [BY("di Marco Ilardi")],
    [R("Quaranta bitcoin, oltre tre milioni di euro: è il prezzo che la banda Nebbia Nera pretende per restituire al Policlinico San Tarcisio il controllo dei suoi computer.", "w7", name="k1"),
     R("Il ransomware ha colpito nel cuore della notte: alle 3.40 gli informatici di guardia si sono accorti che fascicoli elettronici dei pazienti, prenotazioni e software di laboratorio erano fuori uso tutti nello stesso istante.", "w1", "w2", name="k2"),
     R("Da quel momento l'ospedale romano funziona come trent'anni fa, con fogli, penne e referti che viaggiano di mano in mano, e con attese triplicate in certi casi.", "w1", "w13", name="k3")],
    [R("I vertici hanno isolato l'intera infrastruttura, 180 server in tutto, e hanno avvisato l'Ares 118 perché le ambulanze scegliessero altre destinazioni.", "w3", name="k4"),
     R("A metà giornata il conto dei mezzi dirottati era salito a 46, accolti in buona parte da Tor Vergata e dal San Giovanni Addolorata.", "w4", name="k5"),
     O("Sul piazzale dell'emergenza, a metà mattina, c'era solo qualche auto privata rimandata indietro dai vigilanti.", name="k6"),
     R("Niente sala operatoria per 38 persone che dovevano essere operate nel fine settimana o lunedì; cancellate anche 310 tra visite ed esami ambulatoriali del mattino.", "w5", name="k7")],
    [R("Nessuna interruzione, assicurano dall'azienda, per chi è già ricoverato (587 letti occupati su 620) né per i 14 pazienti in dialisi, le cui apparecchiature non dipendono dalla rete.", "w6", name="k8"),
     R("La direttrice generale Marina Fabbrocini ha chiuso la porta a qualsiasi pagamento, ha detto che non risultano finora furti di dati clinici e ha indicato martedì 15 aprile in serata come obiettivo per riaccendere i servizi essenziali, grazie a backup rimasti intatti.", "w9", "w10", name="k9"),
     R("La Polizia postale ha sequestrato i file di log e il caso è stato comunicato all'autorità per la privacy.", "w8", name="k10"),
     O("Gli esperti ricordano che i gruppi criminali scelgono spesso gli ospedali proprio perché non possono permettersi di restare fermi a lungo.", name="k11")],
    [R("Alle 16 l'assessore regionale Davide Orlandini ha riunito un tavolo d'emergenza con i direttori delle aziende sanitarie della capitale.", "w11", name="k12"),
     R("Colpire una struttura sanitaria, ha sostenuto, equivale a giocare con la vita delle persone: per questo la Regione chiederà a Roma un finanziamento straordinario sulla cybersicurezza degli ospedali pubblici.", "w12", name="k13")],
    [R("Per Paolo Scarano, referente del Nursind nel policlinico, il turno notturno è rimasto al lavoro fino alle dieci per garantire la copertura, e quanto accaduto era prevedibile: da due anni il sindacato chiede di ammodernare l'informatica.", "w14", "w15", name="k14"),
     R("Rete Pazienti Lazio prepara un esposto per la Procura di Roma e consiglia a chi si è visto cancellare un esame di conservare ogni documento.", "w16", name="k15"),
     O("Resta da capire da dove sia entrato il virus: l'ipotesi più battuta è quella di una mail trappola aperta da un dipendente.", name="k16"),
     O("L'azienda, per ora, non conferma.", name="k17")],
]

# ================================================================= HEAVY 3 (credited generically)
HEAVY_3 = [
    [H("Cyberattacco al San Tarcisio: com'è andata e quando ripartiranno i servizi")],
    [BY("di Elena Brunori")],
    [R("Sistemi spenti, server staccati uno a uno e ingresso dell'emergenza chiuso ai mezzi del 118: è il bilancio di una giornata che al San Tarcisio, il grande policlinico romano, ricorderanno a lungo.", "w1", "w3"),
     R("Tutto è cominciato alle 3.40, quando chi vigilava sui sistemi ha registrato lo stop contemporaneo di cartelle digitali, prenotazioni e laboratorio.", "w2"),
     O("Gli accertamenti tecnici hanno poi confermato la presenza di un ransomware.")],
    [R("Scollegati, per evitare che l'infezione si propagasse, i 180 server del policlinico.", "w3"),
     R("La centrale Ares 118 ha indirizzato le ambulanze verso altre sedi: 46 fino alle 12, in prevalenza al Policlinico Tor Vergata e al San Giovanni Addolorata.", "w4"),
     R("Slittano 38 operazioni previste fra sabato e lunedì, mentre è saltata l'intera agenda ambulatoriale della mattina: 310 prestazioni.", "w5"),
     R("Reparti aperti per i ricoverati, 587 su 620 posti disponibili, e dialisi regolare per 14 pazienti grazie a macchine indipendenti dalla rete.", "w6")],
    [XH("Il riscatto e le indagini")],
    [R("Il gruppo che rivendica l'azione si firma Nebbia Nera e reclama 40 bitcoin, una cifra vicina ai 3,1 milioni.", "w7"),
     R("Sono al lavoro gli specialisti della Polizia postale, mentre all'autorità garante per i dati personali è arrivata la notifica prevista dalla legge.", "w8"),
     R("Secondo la direttrice generale Marina Fabbrocini non c'è alcuna intenzione di pagare, e finora mancano prove che qualcuno abbia copiato le informazioni dei malati.", "w9"),
     R("Le copie di backup risultano salve: l'obiettivo dichiarato è ripartire con le funzioni essenziali in 72 ore, ossia martedì 15 aprile entro sera.", "w10")],
    [XH("La Regione e i sindacati")],
    [R("Davide Orlandini, titolare della Sanità nella giunta laziale, ha parlato di un'aggressione che mette a rischio delle vite e alle 16 ha radunato i direttori generali delle aziende romane, annunciando la richiesta al governo di risorse ad hoc per la difesa informatica.", "w11", "w12"),
     R("Nei reparti intanto si lavora su carta e i referti vengono portati a mano, con ritardi che arrivano a triplicare i tempi.", "w13"),
     R("Il Nursind, con il segretario aziendale Paolo Scarano, fa sapere che gli infermieri della notte hanno prolungato il turno fino alle 10 e accusa: la richiesta di nuovi sistemi era ferma da due anni.", "w14", "w15"),
     R("Pronto un esposto in Procura da parte di Rete Pazienti Lazio, che suggerisce di conservare la documentazione degli esami rinviati.", "w16")],
    [O("Quello del San Tarcisio non è un caso isolato: gli ospedali, con i loro dati sensibili e la necessità di funzionare senza pause, sono tra i bersagli preferiti dei criminali informatici."),
     O("Per i pazienti con appuntamenti nei prossimi giorni la raccomandazione è di contattare l'ospedale prima di mettersi in viaggio."),
     O("Un nuovo aggiornamento da parte dell'azienda è atteso per domani mattina.")],
    [CR("(fonti di agenzia)")],
]

# ================================================================= PARTIAL 1 (cybersecurity angle, credited)
PARTIAL_1 = [
    [H("Perché gli hacker prendono di mira gli ospedali: la lezione del San Tarcisio")],
    [BY("di Tommaso Reali")],
    [O("Ogni volta che un ospedale finisce nelle mani di un gruppo criminale, la domanda è sempre la stessa: come è potuto succedere?"),
     O("Il caso romano di questo fine settimana offre qualche risposta, e molti motivi di preoccupazione.")],
    [R("Nella notte tra venerdì e sabato un ransomware ha bloccato i sistemi del Policlinico San Tarcisio di Roma: alle 3.40 i tecnici hanno visto fermarsi insieme cartella clinica elettronica, prenotazioni e laboratorio, e i reparti sono tornati alla carta.", "w1", "w2"),
     R("Sulle schermate è comparsa una richiesta di 40 bitcoin, circa 3,1 milioni di euro, firmata da un gruppo che si fa chiamare Nebbia Nera.", "w7"),
     O("Il nome non compare nei principali elenchi di gruppi ransomware conosciuti, e secondo diversi analisti potrebbe trattarsi di una sigla nuova o di un marchio usato da affiliati di altre bande.")],
    [O("«Gli ospedali sono il bersaglio ideale perché non possono fermarsi», spiega Lucia Ferraresi, analista di sicurezza della società di consulenza Sentinella Cyber."),
     O("«Un'azienda manifatturiera può decidere di restare ferma una settimana, un pronto soccorso no: e chi attacca lo sa benissimo»."),
     O("Secondo Ferraresi, il punto debole più frequente sono le apparecchiature vecchie, che girano su sistemi operativi non più aggiornati ma che nessuno può spegnere senza interrompere un servizio."),
     O("«A volte basta un ecografo collegato alla rete e dimenticato da anni per aprire una porta».")],
    [XH("Il peso dei backup")],
    [O("La differenza, in questi casi, la fanno le copie di sicurezza conservate fuori dalla rete principale."),
     R("Al San Tarcisio, ha spiegato la direttrice generale Marina Fabbrocini, le copie sono integre e l'obiettivo è ripristinare i servizi essenziali entro 72 ore, cioè entro martedì 15 aprile.", "w10"),
     O("«Se i backup sono sani, pagare non ha alcun senso», commenta Ferraresi."),
     O("«Ma ripartire richiede comunque giorni, perché ogni sistema va controllato prima di essere riacceso».")],
    [O("C'è poi il problema dei dati: anche quando i sistemi vengono ripristinati, resta il rischio che le informazioni dei pazienti siano state copiate prima della cifratura e finiscano in vendita."),
     R("Sul caso romano indaga la Polizia postale, che ha acquisito i registri dei server, e l'incidente è stato notificato al Garante per la protezione dei dati personali.", "w8")],
    [O("Per Ferraresi la lezione è chiara: servono investimenti continui, non interventi d'emergenza dopo ogni attacco."),
     O("«La sicurezza informatica di un ospedale andrebbe trattata come l'antincendio: nessuno aspetta che il reparto bruci per comprare gli estintori».")],
    [CR("(con Adnkronos)")],
]

# ================================================================= PARTIAL 2 (neighbourhood angle, uncredited)
PARTIAL_2 = [
    [H("Tuscolano, il giorno dell'attacco al San Tarcisio: file in farmacia e telefonate a vuoto")],
    [BY("di Chiara Montanari")],
    [O("Nel quartiere il San Tarcisio è molto più di un ospedale: è il posto dove si nasce, dove si fanno le analisi del sangue, dove si corre di notte quando un bambino ha la febbre alta."),
     O("Per questo oggi, lungo la Tuscolana, non si parlava d'altro.")],
    [R("Le ambulanze, fino a mezzogiorno, sono state dirottate altrove: 46 mezzi, diretti soprattutto al Policlinico Tor Vergata e all'ospedale San Giovanni Addolorata.", "w4"),
     O("Chi invece è arrivato con la propria auto si è trovato davanti a un cartello e a due guardie giurate che indicavano la strada per gli altri ospedali."),
     O("«Mio padre aveva un appuntamento per una visita cardiologica alle nove, abbiamo scoperto solo allo sportello che era tutto annullato», racconta Giulia, 34 anni, che abita a due isolati dall'ingresso principale.")],
    [O("La preoccupazione maggiore, tra le famiglie, riguardava i pazienti in dialisi."),
     R("L'ospedale ha però assicurato che la dialisi per i 14 malati in trattamento è garantita, perché gli apparecchi funzionano anche senza collegamento alla rete, così come l'assistenza ai ricoverati.", "w6"),
     O("«Mia moglie fa la dialisi tre volte a settimana, stamattina ci hanno chiamato per dirci di venire comunque», dice Renato, 71 anni, fuori dal padiglione C.")],
    [O("Anche le farmacie della zona hanno sentito il contraccolpo."),
     O("In una farmacia poco distante dall'ospedale, il titolare racconta di aver ricevuto decine di telefonate da persone che non riuscivano a scaricare i referti online."),
     R("Dentro, raccontano gli infermieri, si lavora con moduli di carta e i referti del laboratorio vengono portati a mano da un reparto all'altro, con tempi che in certi casi si sono triplicati.", "w13"),
     O("Il medico di famiglia Stefano Lauri, che ha lo studio in zona, consiglia a chi aveva esami in programma di non rifarli altrove senza prima sentire il proprio medico: «Rischiamo doppioni inutili e altre liste d'attesa»."),
     O("L'ospedale, intanto, ha fatto sapere che i pazienti con visite rinviate saranno richiamati.")],
]

# ================================================================= SECOND GENERATION (copy of HEAVY 2)
SECOND_GEN = [
    [H("San Tarcisio ostaggio di Nebbia Nera: chiesti 40 bitcoin, ospedale a carta e penna")],
    [BY("Redazione")],
    [R("Quaranta bitcoin, oltre tre milioni di euro: è quanto la banda Nebbia Nera pretende per restituire al Policlinico San Tarcisio il controllo dei suoi computer.", "k1"),
     V("Il ransomware ha colpito nel cuore della notte: alle 3.40 gli informatici di guardia si sono accorti che fascicoli elettronici dei pazienti, prenotazioni e software di laboratorio erano fuori uso tutti nello stesso istante.", "k2"),
     V("Da quel momento l’ospedale romano funziona come trent’anni fa, con fogli, penne e referti che viaggiano di mano in mano, e con attese triplicate in certi casi.", "k3")],
    [R("I vertici hanno isolato l'intera infrastruttura, 180 server in tutto, e avvisato l'Ares 118: a metà giornata le ambulanze dirottate erano 46, accolte per lo più da Tor Vergata e dal San Giovanni Addolorata.", "k4", "k5"),
     V("Sul piazzale dell'emergenza, a metà mattina, c'era solo qualche auto privata rimandata indietro dai vigilanti.", "k6"),
     V("Niente sala operatoria per 38 persone che dovevano essere operate nel fine settimana o lunedì; cancellate anche 310 tra visite ed esami ambulatoriali del mattino.", "k7")],
    [R("Nessuna interruzione per chi è già ricoverato (587 letti occupati su 620) né per i 14 pazienti in dialisi, le cui apparecchiature non dipendono dalla rete.", "k8"),
     V("La direttrice generale Marina Fabbrocini ha chiuso la porta a qualsiasi pagamento, ha detto che non risultano finora furti di dati clinici e ha indicato martedì 15 aprile in serata come obiettivo per riaccendere i servizi essenziali, grazie a backup rimasti intatti.", "k9"),
     V("Gli esperti ricordano che i gruppi criminali scelgono spesso gli ospedali proprio perché non possono permettersi di restare fermi a lungo.", "k11")],
    [R("L'assessore regionale Davide Orlandini, che alle 16 ha riunito un tavolo d'emergenza con i direttori delle aziende sanitarie della capitale, ha detto che colpire una struttura sanitaria equivale a giocare con la vita delle persone e che la Regione chiederà a Roma un finanziamento straordinario sulla cybersicurezza degli ospedali pubblici.", "k12", "k13"),
     R("Resta da capire da dove sia entrato il virus: l'ipotesi più accreditata è quella di una mail trappola aperta da un dipendente.", "k16"),
     O("Nei prossimi giorni anche i pazienti del quadrante sud della città potrebbero doversi rivolgere ad altri ospedali per le visite già prenotate.")],
]

# ================================================================= TRANSLATION (English)
TRANSLATION = [
    [H("Ransomware attack cripples Rome hospital, ambulances diverted")],
    [BY("By Helen Carrick")],
    [R("A ransomware attack overnight paralysed the computer systems of the San Tarcisio teaching hospital in Rome, forcing doctors and nurses to go back to pen and paper on every ward.", "w1"),
     R("Technicians on the night shift detected the intrusion at 3.40am, when the electronic patient records, the booking system and the laboratory software all stopped working at the same time.", "w2")],
    [R("As a precaution, the hospital disconnected all 180 of its servers from the network and asked Ares 118, the regional ambulance service, to divert ambulances to other emergency departments in the capital.", "w3"),
     R("By noon 46 ambulances had been diverted, mostly to Tor Vergata teaching hospital and San Giovanni Addolorata hospital.", "w4"),
     R("The 38 operations scheduled for Saturday and Monday have been postponed, and the 310 outpatient appointments booked for the morning were cancelled.", "w5")],
    [R("Care continues for patients already admitted, who occupy 587 of the 620 beds, as does dialysis for 14 patients, whose machines run without a network connection.", "w6"),
     R("A ransom demand for 40 bitcoin, about 3.1 million euros, appeared on the locked screens, signed by a group calling itself Nebbia Nera (Black Fog).", "w7"),
     R("The postal police, Italy's cybercrime unit, are investigating and have seized the server logs, while the hospital has notified the Italian data protection authority.", "w8")],
    [R("\"We will not pay any ransom, and so far we have no evidence that patient data has been stolen,\" said the hospital's director general, Marina Fabbrocini.", "w9"),
     R("\"Our backups are intact and we expect to restore essential services within 72 hours, that is by Tuesday evening, April 15,\" she added.", "w10")],
    [R("The Lazio region's health commissioner, Davide Orlandini, called a crisis meeting with the heads of Rome's health authorities for 4pm.", "w11"),
     R("\"Whoever attacks a hospital puts human lives at risk: we will ask the government for extraordinary funding for cybersecurity in public healthcare,\" Orlandini said.", "w12")],
    [R("On the wards, staff are filling in paper forms and lab results are delivered by hand, with waiting times tripling in some cases.", "w13"),
     R("\"Our colleagues on the night shift stayed on until 10am so the wards would not be left uncovered,\" said Paolo Scarano, local secretary of the nurses' union Nursind, adding that the union had been asking for the IT systems to be upgraded for two years.", "w14", "w15"),
     R("The patients' group Rete Pazienti Lazio said it would file a complaint with Rome prosecutors and urged anyone whose tests were postponed to keep all their paperwork.", "w16"),
     O("It was not immediately clear how the attackers had gained access to the hospital network.")],
    [CR("Source: Adnkronos")],
]

# ================================================================= HARD NEGATIVE 1 (published before the wire)
HN_1 = [
    [H("Blackout informatico nella notte, il San Tarcisio chiude le porte alle ambulanze")],
    [BY("di Valerio Santangelo")],
    [O("Da stanotte il San Tarcisio lavora senza computer."),
     O("Un blocco totale della rete, scattato alle 3.40 in punto, ha spento in un colpo solo i programmi con cui l'ospedale della Tuscolana gestisce ricoveri, analisi e agende.")],
    [O("Secondo quanto filtra dai reparti, su ogni monitor è apparso un messaggio in inglese che pretende 40 bitcoin e porta la sigla Nebbia Nera."),
     O("Per impedire al virus di allargarsi, i tecnici hanno staccato uno dopo l'altro i 180 server della struttura.")],
    [O("Già dall'alba i mezzi del 118 vengono dirottati a Tor Vergata oppure al San Giovanni Addolorata, mentre a chi si presenta con l'auto viene consigliato di cambiare strada."),
     O("«Siamo in piena emergenza, però nessun malato corre rischi: chi è ricoverato viene seguito come sempre», ci ha spiegato al telefono verso le 8 Marina Fabbrocini, che guida l'azienda ospedaliera."),
     O("Regolari, ha precisato, anche le sedute per le 14 persone in dialisi.")],
    [O("Sabato 12 aprile, in mattinata, al San Tarcisio sono arrivati anche gli agenti della Polizia postale."),
     O("Notizia in aggiornamento.")],
]

# ================================================================= HARD NEGATIVE 2 (Q&A for patients)
HN_2 = [
    [H("Hacker al San Tarcisio, domande e risposte: visite, interventi, dialisi e referti")],
    [BY("di Federica Attanasio")],
    [O("Cosa succede a chi aveva un appuntamento, a chi è ricoverato, a chi deve ritirare un esame?"),
     O("Abbiamo messo in fila le informazioni diffuse finora dall'azienda e dalla Regione.")],
    [XH("Il pronto soccorso è aperto?")],
    [O("Per chi arriva in ambulanza no: da sabato mattina il 118 porta i pazienti in altri ospedali, e fino alle 12 ne aveva già smistati 46, soprattutto verso il San Giovanni Addolorata e Tor Vergata.")],
    [XH("Il mio intervento è confermato?")],
    [O("Tutte le 38 operazioni in programma tra sabato e lunedì slittano: gli interessati verranno richiamati con una nuova data."),
     O("Annullate pure le 310 visite ambulatoriali della mattinata di sabato.")],
    [XH("Chi fa la dialisi deve preoccuparsi?")],
    [O("No: i macchinari del centro dialisi non sono collegati alla rete, quindi i 14 pazienti seguiti dal servizio continuano le sedute come sempre."),
     O("Anche i ricoverati, 587 sui 620 letti disponibili, ricevono le cure normalmente.")],
    [XH("I miei dati sono al sicuro?")],
    [O("Marina Fabbrocini, alla guida dell'azienda, ripete che a oggi non emergono segnali di un furto di dati, e che comunque alla banda Nebbia Nera non andrà un euro."),
     O("I pirati hanno chiesto 40 bitcoin, più o meno 3,1 milioni al cambio corrente."),
     O("La Polizia postale sta analizzando i registri informatici, e il Garante della privacy è stato informato.")],
    [XH("Quando tornerà tutto normale?")],
    [O("L'azienda punta a far ripartire i servizi principali per la sera di martedì 15 aprile: i backup, assicura la direzione, non sono stati compromessi.")],
    [XH("Posso fare qualcosa se ho perso un esame?")],
    [O("Rete Pazienti Lazio, un'associazione di utenti che presenterà un esposto in Procura, consiglia di tenere ogni ricevuta e prescrizione.")],
]

# ================================================================= HARD NEGATIVE 3 (reportage, photo credit only)
HN_3 = [
    [H("Nei reparti del San Tarcisio senza rete: «Sembra di essere tornati agli anni Ottanta»")],
    [PC("Foto: Adnkronos")],
    [BY("di Simone De Vito")],
    [O("Al terzo piano, in Medicina, una caposala ha appeso al muro un grande foglio a quadretti con i nomi dei degenti e le terapie del giorno."),
     O("È la nuova «cartella» del San Tarcisio, da quando, alle 3.40 di sabato 12 aprile, un virus informatico ha reso inservibili tutti i computer dell'ospedale."),
     O("Le richieste per il laboratorio viaggiano in buste di plastica, affidate a un via vai di ausiliari, e per un emocromo si può aspettare anche il triplo del solito.")],
    [O("«Stanotte nessuno è andato a casa alle sette: i ragazzi si sono fermati fino alle dieci perché non potevamo lasciare sguarniti i piani», spiega Paolo Scarano, che per il Nursind segue i lavoratori di questa azienda."),
     O("«Era dal 2023 che segnalavamo server vecchi e programmi mai aggiornati."),
     O("Nessuno ci ha ascoltato».")],
    [O("In sala operatoria le luci sono spente: 38 pazienti attendevano un intervento nel weekend o lunedì e andranno riprogrammati, e sono saltate anche 310 visite."),
     O("Al pronto soccorso le ambulanze non arrivano più: su richiesta della direzione il 118 le ha mandate altrove, 46 soltanto entro mezzogiorno."),
     O("Restano accese, grazie a macchinari autonomi, le postazioni di dialisi dove sono in cura 14 persone.")],
    [O("Sul display di ogni postazione campeggia intanto la pretesa dei pirati informatici: 40 bitcoin, l'equivalente di circa 3,1 milioni, con la firma Nebbia Nera."),
     O("Marina Fabbrocini, direttrice generale, è passata in mattinata da tutti i reparti."),
     O("«A questi criminali non daremo soldi, e finora non c'è traccia di informazioni portate via», ci ha detto."),
     O("Le copie dei dati, aggiunge, sono salve: la speranza è riaccendere i sistemi indispensabili in tre giorni, per martedì 15 aprile.")],
    [O("Nel pomeriggio Davide Orlandini, che in Regione ha la delega alla Sanità, ha visto in una riunione straordinaria i responsabili degli ospedali e delle Asl cittadine."),
     O("«Questo è un attentato contro i malati, non contro un'azienda», ha commentato, promettendo di chiedere a Palazzo Chigi «un piano straordinario e fondi veri» per proteggere le reti sanitarie.")],
]

# ================================================================= HARD NEGATIVE 4 (political follow-up)
HN_4 = [
    [H("Cyberattacco al San Tarcisio, vertice in Regione: Orlandini chiede fondi al governo")],
    [BY("di Roberta Galliani")],
    [O("È durato quasi due ore l'incontro che Davide Orlandini, assessore con la delega alla Sanità nella giunta del Lazio, ha convocato alle 16 nella sede della Regione in via Cristoforo Colombo."),
     O("Al centro, l'attacco ransomware che dalla notte di sabato tiene in scacco il San Tarcisio."),
     O("Al tavolo sedevano i direttori di tutte le aziende sanitarie e ospedaliere di Roma e i tecnici regionali che si occupano di sicurezza delle reti.")],
    [O("«Mettere fuori uso un ospedale significa esporre a un rischio concreto la vita dei pazienti, e su questo non possiamo essere lasciati soli», ha detto Orlandini uscendo dalla riunione."),
     O("La Regione, ha spiegato, presenterà al ministero della Salute e a Palazzo Chigi una richiesta di stanziamento eccezionale destinato alla protezione informatica delle strutture pubbliche.")],
    [O("I numeri dell'emergenza, aggiornati a stasera, restano quelli della mattinata: 46 ambulanze dirottate entro le 12, 38 operazioni spostate, 310 prestazioni ambulatoriali cancellate."),
     O("In collegamento video c'era anche Marina Fabbrocini, manager del policlinico, che ha ribadito la linea: nessuna trattativa con Nebbia Nera, che pretende 40 bitcoin."),
     O("Secondo quanto riferito ai presenti, i backup sono integri e non sono emerse prove di esfiltrazione; la tabella di marcia prevede il ritorno delle funzioni vitali del sistema in 72 ore, quindi martedì 15 aprile.")],
    [O("Dal fronte sindacale Paolo Scarano (Nursind) ricorda di aver sollecitato l'ammodernamento delle reti già due anni fa e parla di infermieri rimasti in corsia fino alle 10 dopo aver smontato dalla notte."),
     O("Le indagini sono in mano alla Polizia postale."),
     O("Rete Pazienti Lazio ha confermato che depositerà il suo esposto lunedì."),
     O("L'opposizione in consiglio regionale chiede che l'assessore riferisca in aula già martedì.")],
]

# ================================================================= EASY NEGATIVE (unrelated)
EASY = [
    [H("Pievebianca, dopo tre anni di lavori riapre la piscina comunale")],
    [BY("di Marta Pierantoni")],
    [O("Riapre lunedì 14 aprile la piscina comunale di Pievebianca, chiusa dal 2022 per il rifacimento della copertura e degli impianti."),
     O("L'intervento, costato 1,8 milioni di euro, ha permesso di installare pannelli solari sul tetto e una nuova caldaia a pompa di calore.")],
    [O("«Restituiamo ai ragazzi e alle famiglie un luogo che mancava a tutta la vallata», ha detto il sindaco Gianluca Ferretti durante il sopralluogo di ieri."),
     O("La vasca principale, lunga 25 metri, ospiterà di nuovo gli allenamenti delle società sportive del territorio, mentre quella più piccola sarà riservata ai corsi per neonati e alla riabilitazione.")],
    [O("Gli abbonamenti si potranno sottoscrivere già da sabato negli uffici dell'impianto, con tariffe ridotte per gli under 14 e gli over 65."),
     O("Per l'inaugurazione è previsto un pomeriggio di prove gratuite aperto a tutti.")],
]

# ================================================================= documents
# (id suffix, kind, paragraphs, language, outlet, published, url, parent suffix, credit_text)
DOCS = [
    ("d01", "heavy", HEAVY_2, "it", "Roma in Diretta", "2025-04-12T16:40:00+02:00",
     "https://romaindiretta.example/cronaca/2025/04/12/san-tarcisio-ostaggio-hacker-chirurgia-ferma", "d06", None),
    ("d02", "hard_negative", HN_3, "it", "Gazzetta dell'Aniene", "2025-04-12T18:05:00+02:00",
     "https://gazzettaaniene.example/roma/reparti-san-tarcisio-senza-rete-anni-ottanta", None, None),
    ("d03", "light", LIGHT_B, "it", "Lazio24 News", "2025-04-12T14:45:00+02:00",
     "https://lazio24news.example/roma/ransomware-policlinico-san-tarcisio-rinviati-38-interventi", "d06", None),
    ("d04", "partial", PARTIAL_1, "it", "Cyber Italia Magazine", "2025-04-13T09:00:00+02:00",
     "https://cyberitalia.example/analisi/perche-hacker-colpiscono-ospedali-lezione-san-tarcisio", "d06", "(con Adnkronos)"),
    ("d05", "easy_negative", EASY, "it", "Cronache Marchigiane", "2025-04-12T10:15:00+02:00",
     "https://cronachemarchigiane.example/pievebianca/riapre-piscina-comunale-dopo-tre-anni", None, None),
    ("d06", "wire", WIRE, "it", "Adnkronos", "2025-04-12T13:05:00+02:00",
     "https://adnkronos.example/cronaca/2025/04/12/attacco-hacker-policlinico-san-tarcisio-roma-ambulanze-dirottate", None, None),
    ("d07", "second_generation", SECOND_GEN, "it", "Roma Sud Web", "2025-04-12T20:10:00+02:00",
     "https://romasudweb.example/attualita/san-tarcisio-nebbia-nera-40-bitcoin-carta-e-penna", "d01", None),
    ("d08", "hard_negative", HN_1, "it", "Cronaca Capitale", "2025-04-12T09:40:00+02:00",
     "https://cronacacapitale.example/2025/04/12/blackout-informatico-san-tarcisio-ambulanze", None, None),
    ("d09", "verbatim", VERBATIM, "it", "Il Quotidiano dell'Urbe", "2025-04-12",
     "https://quotidianodellurbe.example/cronaca/2025/04/12/hacker-bloccano-san-tarcisio-carta-e-penna", "d06", "Fonte: Adnkronos"),
    ("d10", "heavy", HEAVY_3, "it", "Sanità Informa", "2025-04-12T18:30:00+02:00",
     "https://sanitainforma.example/ospedali/cyberattacco-san-tarcisio-quando-ripartono-servizi", "d06", "(fonti di agenzia)"),
    ("d11", "translation", TRANSLATION, "en", "Rome Daily Courier", "2025-04-12T16:10:00+02:00",
     "https://romedailycourier.example/news/2025/04/12/ransomware-attack-cripples-rome-hospital", "d06", "Source: Adnkronos"),
    ("d12", "hard_negative", HN_2, "it", "Salute Lazio Web", "2025-04-12T19:15:00+02:00",
     "https://salutelazioweb.example/guide/hacker-san-tarcisio-domande-risposte-pazienti", None, None),
    ("d13", "drift", DRIFT, "it", "Capitale Sera", "2025-04-12T14:20:00+02:00",
     "https://capitalesera.example/cronaca/hacker-san-tarcisio-ospedale-in-tilt", "d06", "(con Adnkronos)"),
    ("d14", "heavy", HEAVY_1, "it", "La Voce del Lazio", "2025-04-12T15:30:00+02:00",
     "https://lavocedellazio.example/roma/san-tarcisio-sotto-scacco-virus-cifra-dati", "d06", None),
    ("d15", "partial", PARTIAL_2, "it", "Il Tuscolano", "2025-04-12T17:55:00+02:00",
     "https://iltuscolano.example/quartiere/attacco-san-tarcisio-farmacie-telefonate", "d06", None),
    ("d16", "light", LIGHT_A, "it", "Urbe Notizie", "2025-04-12T13:50:00+02:00",
     "https://urbenotizie.example/cronaca/attacco-hacker-san-tarcisio-46-ambulanze-deviate", "d06", "come riferisce l'Adnkronos"),
    ("d17", "hard_negative", HN_4, "it", "Palazzi Romani", "2025-04-12T20:45:00+02:00",
     "https://palazziromani.example/regione/cyberattacco-san-tarcisio-vertice-orlandini-fondi", None, None),
]


def render(paragraphs):
    out = []
    for para in paragraphs:
        out.append(" ".join(s["text"] for s in para))
    return "\n\n".join(out)


def main():
    documents, sentences = [], {}
    for suf, kind, paras, lang, outlet, pub, url, par, credit in DOCS:
        did = f"{FAMILY}_{suf}"
        sents = []
        for para in paras:
            for s in para:
                s = dict(s)
                if "parents" in s:
                    s["parents"] = [NAMES[k] for k in s["parents"]]
                sents.append(s)
        title = next(s["text"] for s in sents if s.get("role") == "headline")
        documents.append({
            "id": did, "kind": kind, "language": lang, "outlet": outlet, "published": pub, "url": url,
            "title": title, "text": render(paras),
            "parent": f"{FAMILY}_{par}" if par else None,
            "credited": bool(credit), "credit_text": credit,
        })
        sentences[did] = sents
    drift_doc = next(d["id"] for d in documents if d["kind"] == "drift")
    wire_doc = next(d["id"] for d in documents if d["kind"] == "wire")
    drift = [{"child": drift_doc, "parent": wire_doc, "parent_text": NAMES[p], "child_text": NAMES[c],
              "field": field, "from": a, "to": b} for c, p, field, a, b in DRIFT_ENTRIES]
    fam = {"family": FAMILY, "documents": documents, "sentences": sentences, "drift": drift}
    out = Path(__file__).with_name("family.json")
    out.write_text(json.dumps(fam, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(documents)} documents, {sum(len(v) for v in sentences.values())} sentences)")


if __name__ == "__main__":
    main()
