#!/usr/bin/env python3
"""Build the lusa_pt reuse family (invented event: closure of a cork-stopper factory in Lourosa)."""
import json, re, collections

def O(t): return dict(text=t, label="original", parents=[], role=None, drift=[])
def B(t, role): return dict(text=t, label="boilerplate", parents=[], role=role, drift=[])
def V(t, parents): return dict(text=t, label="verbatim", parents=list(parents), role=None, drift=[])
def R(t, parents, drift=None): return dict(text=t, label="rewritten", parents=list(parents), role=None, drift=drift or [])

def curly(t): return t.replace("«", "“").replace("»", "”")

# ---------------------------------------------------------------- wire (Lusa)
WH = "Corticeira de Santa Maria da Feira fecha em abril e despede 214 trabalhadores"
WD = "Santa Maria da Feira, 12 mar 2025 (Lusa) -"
W = [None,
 "A Corticeira Vale do Uíma, uma das mais antigas fábricas de rolhas do concelho de Santa Maria da Feira, no distrito de Aveiro, vai encerrar a 30 de abril e despedir os seus 214 trabalhadores, anunciou hoje a administração.",
 "A decisão foi comunicada aos funcionários num plenário realizado na terça-feira, às 08:30, nas instalações da empresa, na freguesia de Lourosa.",
 "Segundo a empresa, as encomendas de rolhas de cortiça natural caíram 38% nos últimos dois anos e o prejuízo de 2024 atingiu 4,2 milhões de euros.",
 "«A decisão foi tomada com enorme pesar, depois de esgotadas todas as alternativas, incluindo a procura de um comprador», afirmou à Lusa a administradora Helena Bragança.",
 "A responsável garantiu que o salário de fevereiro, ainda em atraso, será pago até 20 de março e que as indemnizações serão asseguradas «nos termos da lei».",
 "Fundada em 1958, a corticeira exportava cerca de 85% da produção, sobretudo para França, Espanha e Itália, e chegou a empregar mais de 400 pessoas no final da década de 1990.",
 "A idade média dos trabalhadores ronda os 51 anos e cerca de 60% são mulheres, muitas com mais de três décadas de casa.",
 "O coordenador do Sindicato Livre da Cortiça, Alcino Mourão, acusou a administração de ter escondido a gravidade da situação até ao último momento.",
 "«Ainda em janeiro nos garantiram trabalho até ao fim do ano, e agora ninguém foi ouvido nem avisado», lamentou o sindicalista.",
 "O sindicato convocou uma concentração à porta da fábrica para sexta-feira, às 10:00, e pediu uma reunião urgente ao Ministério do Trabalho.",
 "Alcino Mourão adiantou ainda que vai pedir à Autoridade para as Condições do Trabalho (ACT) que verifique se o processo de despedimento coletivo cumpre os prazos legais.",
 "Na Câmara Municipal de Santa Maria da Feira, o vereador do Desenvolvimento Económico, Joaquim Sardinha, classificou o encerramento como «um golpe duro» para Lourosa.",
 "«Vamos abrir um gabinete de apoio aos trabalhadores, em articulação com o IEFP, já a partir da próxima segunda-feira», disse o autarca.",
 "Joaquim Sardinha admitiu que outras empresas corticeiras da região poderão absorver parte da mão de obra, mas advertiu que «não haverá lugar para todos».",
 "O concelho de Santa Maria da Feira concentra a maior parte da indústria corticeira portuguesa, um setor que exportou mais de 1.200 milhões de euros em 2024.",
 "A Lusa tentou obter um comentário do Ministério do Trabalho, Solidariedade e Segurança Social, mas não obteve resposta até ao momento.",
]

DOCS = []
def doc(id, kind, outlet, published, url, paras, language="pt", parent=None, credited=False, credit_text=None):
    DOCS.append(dict(id=id, kind=kind, language=language, outlet=outlet, published=published, url=url,
                     paras=paras, parent=parent, credited=credited, credit_text=credit_text))

wire = "lusa_pt_d06"
doc(wire, "wire", "Agência Lusa", "2025-03-12T11:47:00+00:00",
    "https://www.lusa.example/economia/2025-03-12/corticeira-vale-do-uima-encerra-em-abril",
    [[B(WH, "headline")],
     [B(WD, "dateline"), O(W[1]), O(W[2])],
     [O(W[3]), O(W[4]), O(W[5])],
     [O(W[6]), O(W[7])],
     [O(W[8]), O(W[9]), O(W[10]), O(W[11])],
     [O(W[12]), O(W[13]), O(W[14])],
     [O(W[15]), O(W[16])],
     [B("JMF // SSS", "footer")]])

# ---------------------------------------------------------------- verbatim
doc("lusa_pt_d10", "verbatim", "Diário do Vouga", "2025-03-12",
    "https://www.diariodovouga.example/regiao/corticeira-de-lourosa-fecha-em-abril",
    [[B(WH, "headline")],
     [V(curly(W[1]), [W[1]]), V(curly(W[2]), [W[2]])],
     [V(curly(W[3]), [W[3]]), V(curly(W[4]), [W[4]]), V(curly(W[5]), [W[5]])],
     [V(curly(W[8]), [W[8]]), V(curly(W[9]), [W[9]]), V(curly(W[10]), [W[10]]), V(curly(W[11]), [W[11]])],
     [V(curly(W[12]), [W[12]]), V(curly(W[13]), [W[13]]), V(curly(W[14]), [W[14]])],
     [V(curly(W[15]), [W[15]]), V(curly(W[16]), [W[16]])]],
    parent=wire)

# ---------------------------------------------------------------- light 1 (com Lusa)
doc("lusa_pt_d03", "light", "Jornal da Feira Digital", "2025-03-12T13:05:00+00:00",
    "https://jornaldafeira.example/economia/vale-do-uima-fecha-portas-a-30-de-abril",
    [[B("Vale do Uíma fecha portas a 30 de abril e deixa 214 pessoas sem emprego", "headline")],
     [B("Redação, com Lusa", "credit")],
     [R("A Corticeira Vale do Uíma, uma das fábricas de rolhas mais antigas de Santa Maria da Feira, vai fechar a 30 de abril e despedir os 214 trabalhadores, anunciou hoje a administração.", [W[1]]),
      R("A notícia foi dada aos funcionários num plenário na terça-feira de manhã, nas instalações da empresa, em Lourosa.", [W[2]])],
     [R("De acordo com a empresa, as encomendas de rolhas de cortiça natural recuaram 38% nos últimos dois anos e o prejuízo de 2024 chegou aos 4,2 milhões de euros.", [W[3]]),
      V(W[4], [W[4]]),
      R("Helena Bragança garantiu que o salário de fevereiro, que continua em atraso, será pago até 20 de março e que as indemnizações serão pagas «nos termos da lei».", [W[5]])],
     [O("A Vale do Uíma é uma das empresas mais conhecidas de Lourosa, freguesia onde a cortiça dá trabalho a centenas de famílias."),
      R("A média de idades dos trabalhadores ronda os 51 anos e cerca de 60% são mulheres, muitas com mais de 30 anos de casa.", [W[7]])],
     [R("O coordenador do Sindicato Livre da Cortiça, Alcino Mourão, acusa a administração de ter escondido a gravidade da situação até à última hora.", [W[8]]),
      R("«Ainda em janeiro nos garantiram trabalho até ao fim do ano, e agora ninguém foi ouvido nem avisado», lamentou.", [W[9]]),
      R("O sindicato marcou uma concentração à porta da fábrica para sexta-feira, às 10:00, e pediu uma reunião urgente ao Ministério do Trabalho.", [W[10]])],
     [R("Joaquim Sardinha, vereador do Desenvolvimento Económico da Câmara da Feira, classificou o encerramento como «um golpe duro» para Lourosa.", [W[12]]),
      R("O autarca admitiu que outras corticeiras da região poderão absorver parte da mão de obra, mas avisou que «não haverá lugar para todos».", [W[14]])],
     [O("O Jornal da Feira tentou contactar a administração da empresa para saber o destino das instalações, sem sucesso até ao fecho desta edição.")]],
    parent=wire, credited=True, credit_text="com Lusa")

# ---------------------------------------------------------------- light 2 ((Lusa))
doc("lusa_pt_d14", "light", "Correio do Norte Online", "2025-03-12T14:20:00+00:00",
    "https://correiodonorte.example/pais/fabrica-de-rolhas-em-lourosa-encerra",
    [[B("Fábrica de rolhas em Lourosa encerra e despede 214 trabalhadores", "headline")],
     [R("A Corticeira Vale do Uíma, no concelho de Santa Maria da Feira, vai encerrar no dia 30 de abril e despedir todos os seus 214 trabalhadores, anunciou hoje a administração.", [W[1]]),
      R("A decisão foi comunicada aos funcionários num plenário realizado na terça-feira, às 08:30, na sede da empresa, em Lourosa.", [W[2]])],
     [R("Segundo a empresa, as encomendas de rolhas caíram 38% nos últimos dois anos e os prejuízos de 2024 atingiram 4,2 milhões de euros.", [W[3]]),
      R("«A decisão foi tomada com enorme pesar, depois de esgotadas todas as alternativas», afirmou a administradora Helena Bragança.", [W[4]])],
     [R("Fundada em 1958, a corticeira exportava cerca de 85% da produção, sobretudo para França, Espanha e Itália, e chegou a ter mais de 400 funcionários no final dos anos 90.", [W[6]]),
      O("Nos últimos meses, vários trabalhadores tinham já denunciado atrasos no pagamento de horas extraordinárias.")],
     [R("O coordenador do Sindicato Livre da Cortiça, Alcino Mourão, acusou a administração de esconder a gravidade da situação até ao último momento.", [W[8]]),
      V(W[10], [W[10]]),
      R("Alcino Mourão adiantou ainda que vai pedir à ACT que verifique se o despedimento coletivo cumpre os prazos legais.", [W[11]])],
     [R("Na Câmara de Santa Maria da Feira, o vereador Joaquim Sardinha classificou o encerramento como «um golpe duro» para Lourosa.", [W[12]]),
      R("«Vamos abrir um gabinete de apoio aos trabalhadores, em articulação com o IEFP, já a partir da próxima segunda-feira», disse o vereador.", [W[13]])],
     [R("O concelho da Feira concentra a maior parte da indústria corticeira nacional, um setor que exportou mais de 1.200 milhões de euros em 2024.", [W[15]]),
      O("A empresa, que chegou a ser fornecedora de algumas casas de champanhe francesas, não revelou o que pretende fazer ao edifício.")],
     [B("(Lusa)", "credit")]],
    parent=wire, credited=True, credit_text="(Lusa)")

# ---------------------------------------------------------------- drift (Fonte: Lusa)
D1 = "A Corticeira Vale do Uíma, uma das mais antigas fábricas de rolhas de Santa Maria da Feira, no distrito de Aveiro, vai fechar a 30 de maio e despedir os seus 214 trabalhadores, anunciou hoje a administração."
D3 = "Segundo a empresa, as encomendas de rolhas de cortiça natural caíram 48% nos últimos dois anos e o prejuízo de 2024 atingiu 4,2 milhões de euros."
D4 = "«A decisão foi tomada com enorme pesar, depois de esgotadas todas as alternativas, incluindo a procura de um comprador», disse a administradora Helena Barbosa."
DRIFTS = [  # (wire idx, child text, field, from, to)
    (1, D1, "date", "30 de abril", "30 de maio"),
    (3, D3, "number", "38%", "48%"),
    (4, D4, "name", "Helena Bragança", "Helena Barbosa"),
]
def dr(i):
    for wi, ct, f, a, b in DRIFTS:
        if wi == i: return R(ct, [W[wi]], [dict(field=f, **{"from": a, "to": b})])
doc("lusa_pt_d09", "drift", "Notícias ao Segundo", "2025-03-12T15:10:00+00:00",
    "https://noticiasaosegundo.example/economia/corticeira-da-feira-vai-encerrar",
    [[B("Corticeira da Feira vai encerrar e deixar 214 trabalhadores no desemprego", "headline")],
     [dr(1), R("A decisão foi comunicada aos trabalhadores num plenário realizado na terça-feira nas instalações da empresa, em Lourosa.", [W[2]])],
     [dr(3), dr(4), R("A responsável garantiu que o salário de fevereiro, ainda em atraso, será pago até 20 de março.", [W[5]])],
     [R("A idade média dos trabalhadores ronda os 51 anos e cerca de 60% são mulheres.", [W[7]])],
     [R("O coordenador do Sindicato Livre da Cortiça, Alcino Mourão, acusou a administração de ter escondido a gravidade da situação.", [W[8]]),
      R("«Ainda em janeiro nos garantiram trabalho até ao fim do ano, e agora ninguém foi ouvido nem avisado», lamentou o dirigente sindical.", [W[9]]),
      R("O sindicato convocou uma concentração à porta da fábrica para sexta-feira, às 10:00, e pediu uma reunião ao Ministério do Trabalho.", [W[10]])],
     [R("O vereador do Desenvolvimento Económico da Câmara da Feira, Joaquim Sardinha, classificou o encerramento como «um golpe duro» para Lourosa.", [W[12]]),
      V(W[13], [W[13]]),
      R("Joaquim Sardinha admitiu que outras corticeiras da região poderão absorver parte da mão de obra, mas advertiu que «não haverá lugar para todos».", [W[14]])],
     [B("Fonte: Lusa", "credit")]],
    parent=wire, credited=True, credit_text="Fonte: Lusa")

# ---------------------------------------------------------------- heavy 1 (no credit) -> parent of second generation
H1 = dict(
 a="Dois anos seguidos de quebra nas encomendas — menos 38% no segmento das rolhas naturais — e perdas de 4,2 milhões de euros no exercício passado ditaram o fim da Vale do Uíma, corticeira de Lourosa que fecha as portas no último dia de abril.",
 b="Os 214 postos de trabalho que ainda restavam na empresa feirense vão desaparecer.",
 c="Foi numa reunião geral convocada para a manhã de terça-feira, logo no arranque do turno, que a gestão deu a notícia ao pessoal.",
 d="A administradora, Helena Bragança, assegura que a medida só foi tomada quando já não havia outra saída e depois de se ter tentado, sem êxito, vender a fábrica a um investidor.",
 e="Quanto ao ordenado de fevereiro, que os operários ainda não receberam, a gestora promete liquidá-lo até dia 20, acrescentando que as compensações por despedimento respeitarão o que a legislação prevê.",
 f="A empresa não divulgou, contudo, qualquer plano de reestruturação da dívida nem esclareceu se o património imobiliário será vendido para pagar aos credores.",
 g="Fontes do setor ouvidas pela Gazeta Económica apontam a concorrência das rolhas técnicas e sintéticas, mais baratas, como uma das causas do colapso.",
 h="Criada em 1958, a Vale do Uíma viveu o seu auge no fim dos anos noventa, quando dava emprego a mais de quatro centenas de pessoas e colocava no estrangeiro perto de 85% do que fabricava, com França, Espanha e Itália à cabeça dos destinos.",
 i="Hoje, o quadro de pessoal é envelhecido — a média etária anda pelos 51 anos — e maioritariamente feminino, com as mulheres a representarem cerca de seis em cada dez trabalhadores.",
 j="Para Alcino Mourão, que coordena o Sindicato Livre da Cortiça, a gestão ocultou até à última hora o verdadeiro estado das contas: em janeiro, recorda, ainda se falava em encomendas asseguradas para todo o ano, e ninguém foi consultado.",
 k="Os trabalhadores vão manifestar-se junto aos portões na sexta-feira de manhã, a partir das 10:00, e a estrutura sindical solicitou já um encontro com caráter de urgência à tutela do Trabalho.",
 l="O sindicalista quer também que a ACT confirme se os prazos previstos na lei para um despedimento coletivo estão a ser cumpridos.",
 m="Joaquim Sardinha, vereador feirense com o pelouro do Desenvolvimento Económico, fala num «golpe duro» para a freguesia e promete que, a partir de segunda-feira, os trabalhadores terão ao seu dispor um gabinete de apoio montado pela autarquia com o IEFP.",
 n="O autarca reconhece que as restantes corticeiras do concelho poderão contratar alguns dos despedidos, mas avisa que não conseguirão empregar toda a gente.",
 o="Em Lourosa, onde quase todas as famílias têm alguém ligado à cortiça, o anúncio caiu como uma pedra.",
 p="O fecho da Vale do Uíma surge numa altura em que o setor tenta diversificar-se para o isolamento térmico, a construção e o design.",
 q="A Feira é o grande polo corticeiro do país, numa fileira cujas vendas ao exterior ultrapassaram, no ano passado, os 1.200 milhões de euros.",
)
H1T = "Quebra nas vendas de rolhas leva histórica fábrica de Lourosa ao fecho"
heavy1 = "lusa_pt_d11"
doc(heavy1, "heavy", "Gazeta Económica", "2025-03-12T16:40:00+00:00",
    "https://gazetaeconomica.example/industria/quebra-nas-vendas-leva-fabrica-de-lourosa-ao-fecho",
    [[B(H1T, "headline")], [B("Por Teresa Calado", "byline")],
     [R(H1["a"], [W[3], W[1]]), R(H1["b"], [W[1]]), R(H1["c"], [W[2]])],
     [R(H1["d"], [W[4]]), R(H1["e"], [W[5]]), O(H1["f"])],
     [O(H1["g"]), R(H1["h"], [W[6]]), R(H1["i"], [W[7]])],
     [R(H1["j"], [W[8], W[9]]), R(H1["k"], [W[10]]), R(H1["l"], [W[11]])],
     [R(H1["m"], [W[12], W[13]]), R(H1["n"], [W[14]])],
     [O(H1["o"]), O(H1["p"]), R(H1["q"], [W[15]])]],
    parent=wire)

# ---------------------------------------------------------------- second generation (copy of heavy 1)
doc("lusa_pt_d07", "second_generation", "Agenda Económica Online", "2025-03-13T09:15:00+00:00",
    "https://agendaeconomica.example/2025/03/13/historica-fabrica-de-rolhas-de-lourosa-fecha-portas",
    [[B("Histórica fábrica de rolhas de Lourosa fecha portas após quebra nas vendas", "headline")],
     [V(H1["a"], [H1["a"]]),
      R("Os 214 postos de trabalho que restavam na empresa vão desaparecer.", [H1["b"]]),
      R("Foi numa reunião geral na manhã de terça-feira que a gestão deu a notícia ao pessoal.", [H1["c"]])],
     [V(H1["d"], [H1["d"]]),
      R("Quanto ao salário de fevereiro, que os operários ainda não receberam, a gestora promete pagá-lo até dia 20.", [H1["e"]]),
      V(H1["g"], [H1["g"]])],
     [V(H1["h"], [H1["h"]])],
     [R("Alcino Mourão, coordenador do Sindicato Livre da Cortiça, diz que a gestão ocultou até à última hora o verdadeiro estado das contas e que, em janeiro, ainda se falava em encomendas asseguradas para todo o ano.", [H1["j"]]),
      V(H1["k"], [H1["k"]])],
     [V(H1["m"], [H1["m"]])],
     [R("Em Lourosa, onde quase todas as famílias têm alguém ligado à cortiça, a notícia caiu como uma pedra.", [H1["o"]]),
      V(H1["p"], [H1["p"]])]],
    parent=heavy1)

# ---------------------------------------------------------------- heavy 2 (in-body credit)
H2CREDIT = "Esse som vai calar-se no fim de abril: segundo a agência Lusa, a administração da corticeira decidiu encerrar a unidade e dispensar a totalidade dos 214 funcionários."
doc("lusa_pt_d01", "heavy", "Portal Terras de Santa Maria", "2025-03-12T18:05:00+00:00",
    "https://terrasdesantamaria.example/lourosa/lourosa-em-choque-com-fecho-da-vale-do-uima",
    [[B("Lourosa em choque com o fecho anunciado da Vale do Uíma", "headline")],
     [O("Há sessenta e sete anos que o apito da Vale do Uíma marcava o ritmo das manhãs em Lourosa."),
      R(H2CREDIT, [W[1]]),
      R("Os operários souberam-no na terça-feira, pouco depois das oito e meia, num plenário dentro da própria fábrica.", [W[2]])],
     [R("São, na maioria, mulheres — perto de 60% — e a média de idades fixa-se nos 51 anos, com muitas a contar mais de trinta anos ao serviço da casa.", [W[7]]),
      O("Para quem passou a vida inteira a escolher rolhas, recomeçar noutro ofício não será fácil.")],
     [R("A empresa justifica a decisão com números: as vendas de rolhas naturais encolheram 38% em dois anos e o último exercício fechou com um buraco de 4,2 milhões de euros.", [W[3]]),
      R("Helena Bragança, que administra a corticeira, diz que ninguém decidiu de ânimo leve e que até se procurou quem quisesse comprar o negócio, sem resultado.", [W[4]]),
      R("Promete ainda que os salários de fevereiro, por pagar, chegam às contas dos trabalhadores até dia 20 deste mês, sendo as compensações a que têm direito calculadas à luz da legislação laboral.", [W[5]])],
     [O("Do lado sindical, a leitura é outra."),
      R("Alcino Mourão, que dá a cara pelo Sindicato Livre da Cortiça, garante que a administração manteve os trabalhadores às escuras: em janeiro tinha-lhes assegurado serviço para o ano inteiro e, agora, fechou sem consultar ninguém.", [W[8], W[9]]),
      R("Está marcado para sexta-feira, às dez da manhã, um protesto junto ao portão da empresa, e o sindicato quer ser recebido com urgência no ministério da tutela.", [W[10]]),
      R("A ACT será chamada a fiscalizar o cumprimento dos prazos do despedimento coletivo.", [W[11]])],
     [R("Na autarquia, Joaquim Sardinha, responsável pelo pelouro da economia, reconhece o «golpe duro» e anuncia para segunda-feira a abertura de um espaço de atendimento aos trabalhadores, em parceria com o IEFP.", [W[12], W[13]]),
      R("Admite que parte das operárias poderá ser recrutada por outras fábricas da zona, mas não esconde que muitas ficarão de fora.", [W[14]])],
     [O("A Feira, sublinhe-se, continua a orgulhar-se do título de capital mundial da cortiça."),
      O("O Terras de Santa Maria estará presente na concentração de sexta-feira e dará conta do que ali for dito.")]],
    parent=wire, credited=True, credit_text="segundo a agência Lusa")

# ---------------------------------------------------------------- heavy 3 (no credit)
doc("lusa_pt_d16", "heavy", "Rádio Ribeira FM", "2025-03-13T08:30:00+00:00",
    "https://ribeirafm.example/noticias/trabalhadores-da-vale-do-uima-protestam-sexta-feira",
    [[B("Trabalhadores da Vale do Uíma protestam sexta-feira contra encerramento", "headline")],
     [R("Os operários da Vale do Uíma, em Lourosa, vão concentrar-se esta sexta-feira, pelas 10:00, frente aos portões da fábrica, num protesto promovido pelo Sindicato Livre da Cortiça.", [W[10]]),
      R("A estrutura sindical já pediu para ser recebida pela tutela laboral com a máxima urgência.", [W[10]]),
      R("Em causa está a decisão da administração de parar a laboração no final de abril, o que deixará sem emprego 214 pessoas.", [W[1]])],
     [R("A empresa alega que a procura de rolhas naturais baixou 38% em dois anos, o que fez disparar as perdas para 4,2 milhões de euros no último exercício.", [W[3]]),
      R("Alcino Mourão, dirigente sindical, acusa a gestão de ter ocultado a real dimensão dos problemas até à véspera do anúncio.", [W[8]]),
      R("Segundo o sindicalista, no início do ano os trabalhadores foram informados de que não faltaria trabalho até dezembro, e a decisão acabou por ser tomada nas costas de todos.", [W[9]]),
      R("O sindicato vai também recorrer à ACT para averiguar se os prazos legais do despedimento estão a ser respeitados.", [W[11]])],
     [O("A Ribeira FM tentou, ao longo do dia de ontem, ouvir a administração sobre as acusações, mas não conseguiu."),
      R("Ontem, a administradora Helena Bragança justificou o fecho como o último recurso, depois de ter falhado a tentativa de vender a empresa.", [W[4]]),
      R("Garantiu também que o vencimento de fevereiro, em atraso, será regularizado até dia 20 deste mês.", [W[5]])],
     [R("A Câmara da Feira, pela voz do vereador Joaquim Sardinha, vai abrir na segunda-feira um gabinete, com o apoio do IEFP, para acompanhar quem fica sem emprego.", [W[12], W[13]]),
      R("O vereador acredita que algumas corticeiras vizinhas possam contratar parte dos despedidos, embora reconheça que não há vagas suficientes.", [W[14]])],
     [O("Lourosa é uma das freguesias com mais unidades de transformação de cortiça do concelho."),
      O("A concentração deverá contar com a presença de representantes de outras empresas do setor e de eleitos da assembleia de freguesia."),
      O("A Ribeira FM acompanhará o protesto em direto a partir das 09:45.")]],
    parent=wire)

# ---------------------------------------------------------------- partial 1 (noticiou a Lusa)
doc("lusa_pt_d05", "partial", "Semanário Industrial", "2025-03-14T10:00:00+00:00",
    "https://semanarioindustrial.example/setores/rolha-natural-perde-terreno",
    [[B("Rolha natural perde terreno e obriga setor corticeiro a repensar o modelo", "headline")],
     [B("Por Rui Vilaça Prata", "byline")],
     [O("A indústria da cortiça atravessa um dos momentos mais delicados da última década, com os produtores de rolhas naturais a sentirem o peso da quebra no consumo de vinho na Europa."),
      O("Os vinhos de gama média, que durante anos foram o principal mercado para a rolha natural, estão a migrar para vedantes técnicos e cápsulas de rosca, mais baratos e previsíveis."),
      O("A associação do setor tem alertado para a necessidade de apostar em produtos de maior valor acrescentado, como os aglomerados para isolamento e os materiais compósitos.")],
     [R("O caso mais recente é o da Corticeira Vale do Uíma, em Lourosa, que vai fechar a 30 de abril e despedir 214 trabalhadores, noticiou a Lusa na quarta-feira.", [W[1]]),
      R("A empresa justificou a decisão com uma quebra de 38% nas encomendas de rolhas naturais em dois anos e com um prejuízo de 4,2 milhões de euros em 2024.", [W[3]]),
      R("Fundada em 1958, a fábrica exportava cerca de 85% da produção, sobretudo para França, Espanha e Itália.", [W[6]])],
     [O("Outras empresas de menor dimensão, sobretudo as que dependem de um único cliente ou de um único mercado, estão em situação igualmente frágil, admitem responsáveis do setor."),
      O("Um empresário de Santa Maria de Lamas, que pediu para não ser identificado, diz ter perdido dois clientes franceses no último ano para fornecedores de rolhas técnicas.")],
     [R("A região da Feira concentra a maior parte da indústria corticeira do país, cujas exportações ultrapassaram os 1.200 milhões de euros no ano passado.", [W[15]]),
      O("Apesar das dificuldades, o valor global das exportações tem resistido graças aos produtos para a construção e à subida dos preços médios.")],
     [O("Para os analistas, a próxima campanha de descortiçamento, que arranca em maio, será um teste decisivo à capacidade de resistência das empresas mais pequenas."),
      O("Fontes do setor estimam que o preço da cortiça amadia possa descer até 10% este ano, o que aliviaria os custos das fábricas mas penalizaria os produtores florestais.")]],
    parent=wire, credited=True, credit_text="noticiou a Lusa")

# ---------------------------------------------------------------- partial 2 (no credit)
doc("lusa_pt_d15", "partial", "Aveiro Hoje", "2025-03-17T12:30:00+00:00",
    "https://aveirohoje.example/distrito/desemprego-volta-a-subir-no-distrito",
    [[B("Desemprego volta a subir no distrito de Aveiro e pressiona centros de emprego", "headline")],
     [O("O número de desempregados inscritos nos centros de emprego do distrito de Aveiro subiu pelo terceiro mês consecutivo em fevereiro, segundo dados do IEFP consultados pelo Aveiro Hoje."),
      O("Os concelhos de Santa Maria da Feira, Ovar e Oliveira de Azeméis registam as maiores subidas, impulsionadas pela indústria transformadora."),
      O("Os técnicos do centro de emprego da Feira admitem que a pressão vai aumentar nas próximas semanas.")],
     [R("A Corticeira Vale do Uíma, de Lourosa, anunciou na semana passada que vai encerrar no fim de abril, deixando 214 pessoas sem trabalho.", [W[1]]),
      R("A média de idades dos trabalhadores da corticeira anda pelos 51 anos e a maioria são mulheres, muitas com mais de trinta anos na empresa.", [W[7]]),
      O("É precisamente este perfil que mais preocupa os técnicos de emprego, pela dificuldade de reconversão profissional depois dos 50 anos.")],
     [R("Para responder ao caso, a Câmara da Feira abre hoje um gabinete de apoio aos trabalhadores, em articulação com o IEFP, anunciado pelo vereador Joaquim Sardinha.", [W[12], W[13]]),
      R("O autarca já tinha admitido que outras corticeiras da região poderão absorver parte dos trabalhadores, mas que não haverá lugar para todos.", [W[14]])],
     [O("No distrito, estão previstas este ano ações de formação em mecânica industrial, logística e apoio domiciliário dirigidas a desempregados de longa duração."),
      O("O IEFP anunciou ainda um reforço de técnicos nos serviços de Santa Maria da Feira e de São João da Madeira até ao final de junho.")]],
    parent=wire)

# ---------------------------------------------------------------- translation (English, in-body credit)
TRCREDIT = "the Lusa news agency reported"
doc("lusa_pt_d12", "translation", "Iberian Trade Journal", "2025-03-12T17:20:00+00:00",
    "https://iberiantradejournal.example/portugal/cork-stopper-maker-to-close",
    [[B("Portuguese cork stopper maker to close, laying off 214 workers", "headline")],
     [R("Corticeira Vale do Uíma, one of the oldest cork stopper factories in Santa Maria da Feira, in the district of Aveiro, will close on 30 April and lay off all 214 of its workers, the Lusa news agency reported on Wednesday, citing the company's management.", [W[1]]),
      R("Staff were told of the decision at a meeting held on Tuesday at 8.30am at the company's premises in Lourosa.", [W[2]])],
     [R("According to the company, orders for natural cork stoppers have fallen by 38% over the past two years, and losses reached €4.2 million in 2024.", [W[3]]),
      R('"The decision was taken with great regret, after all alternatives had been exhausted, including the search for a buyer," director Helena Bragança told Lusa.', [W[4]]),
      R('She said the February wages still owed to staff would be paid by 20 March and that severance would be paid "in accordance with the law".', [W[5]])],
     [R("Founded in 1958, the company exported around 85% of its output, mainly to France, Spain and Italy, and employed more than 400 people in the late 1990s.", [W[6]]),
      R("The workers' average age is around 51, and about 60% of them are women, many with more than three decades at the firm.", [W[7]])],
     [R("Alcino Mourão, coordinator of the Sindicato Livre da Cortiça union, accused management of hiding the seriousness of the situation until the last moment.", [W[8]]),
      R('"As recently as January they told us there was work until the end of the year, and now nobody was consulted or warned," he said.', [W[9]]),
      R("The union has called a protest at the factory gates for Friday at 10am and requested an urgent meeting with the Ministry of Labour.", [W[10]]),
      R("It will also ask the Working Conditions Authority (ACT) to check whether the collective dismissal complies with legal deadlines.", [W[11]])],
     [R('Joaquim Sardinha, the Santa Maria da Feira councillor for economic development, called the closure "a heavy blow" for Lourosa and said a support office for the workers would open next Monday, in cooperation with the employment institute IEFP.', [W[12], W[13]]),
      R('He acknowledged that other cork firms in the region could take on some of the workers, but warned that "there won\'t be room for everyone".', [W[14]])],
     [R("Santa Maria da Feira is home to most of Portugal's cork industry, a sector that exported more than €1.2 billion worth of goods in 2024.", [W[15]]),
      O("Portugal is the world's largest producer of cork, accounting for roughly half of global output.")]],
    language="en", parent=wire, credited=True, credit_text=TRCREDIT)

# ---------------------------------------------------------------- hard negative 1 (published BEFORE the wire)
doc("lusa_pt_d08", "hard_negative", "Jornal de Lourosa", "2025-03-11T20:15:00+00:00",
    "https://jornaldelourosa.example/atualidade/vale-do-uima-anuncia-fecho",
    [[B("Vale do Uíma anuncia fecho aos trabalhadores: 214 empregos em risco", "headline")],
     [B("Por Sandra Loureiro", "byline")],
     [O("Foi com lágrimas e revolta que o pessoal da Vale do Uíma saiu hoje do plenário marcado pela administração para as 08:30."),
      O("A notícia espalhou-se depressa pela freguesia: a corticeira vai parar de laborar a 30 de abril, data em que terminam os 214 contratos.")],
     [O("Helena Bragança, administradora, falou aos funcionários durante cerca de vinte minutos."),
      O("«Tentámos tudo, até encontrar alguém que ficasse com a empresa, e não conseguimos», disse, segundo relatos de várias operárias ao nosso jornal."),
      O("A gestora atribuiu o desfecho ao tombo de 38% na procura de rolha natural desde 2023 e ao prejuízo de 4,2 milhões registado no ano passado.")],
     [O("À saída, o sindicalista Alcino Mourão não escondia a indignação."),
      O("«Em janeiro juraram-nos que o ano estava garantido e afinal isto foi preparado às escondidas», acusou."),
      O("O dirigente anunciou um protesto à entrada da fábrica na sexta-feira, com início às 10:00, e vai exigir explicações ao Governo.")],
     [O("Muitas das operárias estão na casa há mais de trinta anos; a média de idades ronda os 51."),
      O("O ordenado de fevereiro continua por pagar, e a empresa comprometeu-se a fazê-lo até 20 de março.")],
     [O("Contactado pelo Jornal de Lourosa, o vereador Joaquim Sardinha considerou a notícia «devastadora» e prometeu que a autarquia não deixará as famílias sozinhas."),
      O("A Vale do Uíma foi fundada em 1958 e é um dos nomes mais antigos da cortiça em Lourosa.")]])

# ---------------------------------------------------------------- hard negative 2
doc("lusa_pt_d02", "hard_negative", "Diário Económico do Norte", "2025-03-13T07:45:00+00:00",
    "https://diarioeconomicodonorte.example/empresas/vale-do-uima-contas-no-vermelho",
    [[B("Vale do Uíma: contas no vermelho e um comprador que nunca apareceu", "headline")],
     [O("A administração da Vale do Uíma procurou durante mais de um ano um investidor disposto a ficar com a fábrica de Lourosa."),
      O("Em conversa com o Diário Económico do Norte, Helena Bragança explicou que houve contactos com dois grupos espanhóis, que acabaram por desistir."),
      O("«Ninguém quer pegar numa fábrica de rolha natural neste momento, o mercado mudou», afirmou a administradora.")],
     [O("Os números ajudam a perceber porquê: em dois anos, a carteira de encomendas de rolha natural encolheu 38%, e o exercício de 2024 deixou um rombo de 4,2 milhões."),
      O("A empresa, criada em 1958, vendia lá fora 85% do que produzia, tendo a França, a Espanha e a Itália como principais clientes."),
      O("Em finais dos anos noventa, a Vale do Uíma tinha mais de 400 pessoas ao serviço; hoje são 214, que perdem o posto de trabalho a 30 de abril.")],
     [O("Alcino Mourão, dirigente sindical que coordena a estrutura dos corticeiros, contesta a versão da gestão."),
      O("«Se havia comprador à procura, os trabalhadores nunca souberam de nada», disse ao nosso jornal."),
      O("O sindicalista quer que a ACT analise os prazos do processo e aguarda resposta ao pedido de audiência feito ao Governo.")],
     [O("Do lado da autarquia, Joaquim Sardinha garante que o espaço de apoio aos despedidos abre portas na segunda-feira, 17 de março."),
      O("«Cada pessoa vai ter acompanhamento individual, desde a inscrição no centro de emprego à formação», prometeu."),
      O("O ordenado de fevereiro, cujo pagamento a empresa garante até dia 20, é para já a principal preocupação das famílias.")]])

# ---------------------------------------------------------------- hard negative 3
doc("lusa_pt_d13", "hard_negative", "Rádio Clube da Feira", "2025-03-14T13:10:00+00:00",
    "https://radioclubedafeira.example/noticias/protesto-a-porta-da-vale-do-uima",
    [[B("Cerca de 150 pessoas protestaram à porta da Vale do Uíma", "headline")],
     [O("Cerca de 150 pessoas juntaram-se hoje, pouco depois das 10:00, ao portão da fábrica de Lourosa, para contestar o encerramento da Vale do Uíma."),
      O("Entre cartazes e palavras de ordem, os trabalhadores exigiram garantias sobre as indemnizações e sobre o ordenado de fevereiro, prometido para 20 de março.")],
     [O("Alcino Mourão, coordenador sindical, discursou em cima de uma carrinha."),
      O("«Deram-nos a palavra de que havia trabalho para 2025 inteiro e hoje estamos aqui», gritou, perante os aplausos."),
      O("O sindicalista revelou que a ACT já foi contactada e que o Governo ainda não respondeu ao pedido de reunião.")],
     [O("Dos 214 trabalhadores que serão despedidos a 30 de abril, a maioria são mulheres com mais de 50 anos.")],
     [O("O vereador Joaquim Sardinha esteve presente e falou aos jornalistas."),
      O("«A Câmara não pode substituir-se à empresa, mas ninguém vai ficar sem resposta», assegurou, lembrando que o gabinete de apoio começa a funcionar na segunda-feira.")],
     [O("A administradora Helena Bragança não compareceu nem prestou declarações no local."),
      O("A empresa alega uma descida de 38% nas vendas de rolha natural e um saldo negativo de 4,2 milhões no ano passado."),
      O("O protesto decorreu sem incidentes e terminou por volta do meio-dia.")]])

# ---------------------------------------------------------------- hard negative 4 (Lusa photo credit, not a credit)
doc("lusa_pt_d17", "hard_negative", "O Corticeiro", "2025-03-15T09:00:00+00:00",
    "https://ocorticeiro.example/reportagem/as-mulheres-da-vale-do-uima",
    [[B("As mulheres da Vale do Uíma: «Dei à fábrica a minha vida toda»", "headline")],
     [B("Foto: Lusa", "photo_credit")],
     [O("Maria da Graça Pinho tinha 16 anos quando entrou pela primeira vez nos pavilhões da Vale do Uíma."),
      O("Hoje tem 54 e faz parte dos 214 trabalhadores que ficam sem emprego a 30 de abril."),
      O("«Dei à fábrica a minha vida toda e agora dizem-me que acabou», conta, sentada no muro em frente ao portão.")],
     [O("As mulheres são quase 60% do pessoal da corticeira, cuja média etária ronda os 51 anos."),
      O("A maioria trabalha na escolha manual de rolhas, uma tarefa que exige olho treinado e que dificilmente encontra equivalente noutras indústrias.")],
     [O("A administradora Helena Bragança reconheceu ao Corticeiro que o encerramento «é um drama para muitas famílias» e garantiu que ninguém ficará sem a indemnização devida."),
      O("O dirigente sindical Alcino Mourão insiste que a empresa «fez as contas às escondidas» e prepara novas ações de luta."),
      O("Na Câmara, o vereador Joaquim Sardinha diz esperar que as corticeiras vizinhas «deem prioridade a quem sai da Vale do Uíma» nas próximas contratações."),
      O("O gabinete de apoio criado pela câmara e pelo IEFP começa a receber trabalhadores a 17 de março, uma segunda-feira.")],
     [O("Maria da Graça ainda não sabe se vai lá."),
      O("«Com esta idade, quem é que me quer?», pergunta.")]])

# ---------------------------------------------------------------- easy negative
doc("lusa_pt_d04", "easy_negative", "Jornal do Centro Online", "2025-03-12T10:20:00+00:00",
    "https://jornaldocentro.example/viseu/autocarros-eletricos-em-tres-novas-linhas",
    [[B("Viseu passa a ter autocarros elétricos em três novas linhas urbanas", "headline")],
     [O("A rede de transportes urbanos de Viseu vai ganhar, a partir de 1 de abril, três novas linhas servidas exclusivamente por autocarros elétricos."),
      O("As novas carreiras vão ligar o centro histórico ao hospital, ao polo universitário e à zona industrial de Coimbrões, com passagens a cada 20 minutos nos dias úteis.")],
     [O("A frota foi reforçada com 12 viaturas, num investimento de 5,4 milhões de euros, financiado em 70% por fundos europeus."),
      O("«Queremos que o autocarro seja a primeira escolha de quem se desloca para o trabalho», afirmou o vereador da Mobilidade, Duarte Mesquita.")],
     [O("O passe mensal mantém o preço de 20 euros e os estudantes até aos 23 anos continuam a viajar gratuitamente."),
      O("Segundo a autarquia, a rede urbana transportou 2,3 milhões de passageiros em 2024, mais 11,5% do que no ano anterior.")]])

# ================================================================ assemble
def assemble(d):
    blocks = [" ".join(s["text"] for s in para) for para in d["paras"]]
    return "\n\n".join(blocks)

documents, sentences = [], {}
for d in DOCS:
    text = assemble(d)
    title = d["paras"][0][0]["text"]
    documents.append(dict(id=d["id"], kind=d["kind"], language=d["language"], outlet=d["outlet"],
                          published=d["published"], url=d["url"], title=title, text=text,
                          parent=d["parent"], credited=d["credited"], credit_text=d["credit_text"]))
    sentences[d["id"]] = [s for para in d["paras"] for s in para]

drift = []
for d in DOCS:
    for s in sentences[d["id"]]:
        for df in s["drift"]:
            ptxt = s["parents"][0]
            drift.append(dict(child=d["id"], parent=d["parent"], parent_text=ptxt, child_text=s["text"],
                              field=df["field"], **{"from": df["from"], "to": df["to"]}))

documents.sort(key=lambda x: x["id"])
family = dict(family="lusa_pt", documents=documents,
              sentences={k: sentences[k] for k in sorted(sentences)}, drift=drift)
with open("family.json", "w", encoding="utf-8") as f:
    json.dump(family, f, ensure_ascii=False, indent=1)
    f.write("\n")

# ================================================================ README data card
NOTES = {
 "wire": "Lusa source item; 16 body sentences, quotes from Helena Bragança, Alcino Mourão, Joaquim Sardinha; agency footer",
 "verbatim": "«» → “”; paragraph on history/workforce (W6–W7) and dateline dropped; date-only timestamp",
 "light": "",
 "heavy": "paraphrased, merged, split and reordered; no 5-word run shared with the wire",
 "drift": "light rewrite with 3 changed facts (date, number, name)",
 "partial": "article on a related topic embedding rewritten wire sentences",
 "second_generation": "copied from the heavy article lusa_pt_d11 (Gazeta Económica), incl. its own sentences",
 "translation": "English adaptation of the wire",
 "hard_negative": "independent reporting, same names/numbers/dates, own quotes",
 "easy_negative": "unrelated local news (electric buses in Viseu)",
}
EXTRA = {
 "lusa_pt_d03": "one wire sentence unchanged (W4), two own sentences",
 "lusa_pt_d14": "one wire sentence unchanged (W10), two own sentences",
 "lusa_pt_d01": "in-body credit «segundo a agência Lusa»",
 "lusa_pt_d05": "cork-sector crisis; in-body credit «noticiou a Lusa»; 4 embedded wire sentences",
 "lusa_pt_d15": "district unemployment; 4 embedded wire sentences, uncredited",
 "lusa_pt_d08": "published the evening BEFORE the wire",
 "lusa_pt_d17": "carries «Foto: Lusa» photo credit (not a text credit)",
 "lusa_pt_d16": "radio site; leads with the Friday protest",
}
rows = []
for d in sorted(documents, key=lambda x: x["published"]):
    c = collections.Counter(s["label"] for s in sentences[d["id"]])
    counts = "/".join(str(c.get(k, 0)) for k in ("verbatim", "rewritten", "original", "boilerplate"))
    note = NOTES[d["kind"]]
    if d["id"] in EXTRA: note = (note + "; " if note else "") + EXTRA[d["id"]]
    credit = d["credit_text"] if d["credited"] else "—"
    rows.append(f"| {d['id']} | {d['kind']} | {d['language']} | {d['outlet']} | {d['published']} | {d['parent'] or '—'} | {credit} | {len(sentences[d['id']])} ({counts}) | {note} |")

readme = f"""# lusa_pt — a Portuguese wire-reuse family (gold-labelled)

## The invented event

On Tuesday 11 March 2025, at 08:30, the management of the **Corticeira Vale do Uíma**, a cork-stopper factory
founded in 1958 in Lourosa (municipality of Santa Maria da Feira, district of Aveiro), told its **214 workers**
in a plenary meeting that the plant will close on **30 April 2025**. The company cites a 38% fall in orders of
natural cork stoppers over two years and a 2024 loss of 4,2 million euros; February wages, in arrears, are to be
paid by 20 March. Three named people are quoted: the director **Helena Bragança**, the union coordinator
**Alcino Mourão** (Sindicato Livre da Cortiça, invented; protest at the gates on Friday 14 March at 10:00, request
to the ACT and the Ministry of Labour) and the municipal councillor **Joaquim Sardinha** (support office with the
IEFP from Monday 17 March). The agency **Lusa** breaks the story on 12 March 2025 at 11:47 (WET, +00:00).

Everything is invented: the company, people, union, outlets and figures. Real institutions (Lusa, ACT, IEFP,
Ministry of Labour, the municipality) appear only as generic actors. All URLs use `.example` domains.
The texts are European Portuguese (AO90 spelling), with «aspas angulares» in most copies and “curly quotes”
in the verbatim copy.

## Documents (in publication order)

Sentence counts are `total (verbatim/rewritten/original/boilerplate)`.

| id | kind | lang | outlet | published | parent | credit | sentences | notes |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

## Drift (lusa_pt_d09 vs. the wire)

| field | from | to |
|---|---|---|
""" + "\n".join(f"| {x['field']} | {x['from']} | {x['to']} |" for x in drift) + """

## Notes

- IDs are numbered in shuffled order; the wire is `lusa_pt_d06`.
- The wire's own sentences are labelled `original`; its headline, dateline (`Santa Maria da Feira, 12 mar 2025 (Lusa) -`)
  and footer (`JMF // SSS`) are `boilerplate`.
- Copies' headlines are `boilerplate` (role `headline`) even when copied from the wire (verbatim copy).
- Credits: `com Lusa` (byline), `(Lusa)`, `Fonte: Lusa`, in-body `segundo a agência Lusa`, `noticiou a Lusa` and
  `the Lusa news agency reported`. Uncredited copies: verbatim, heavy d11 and d16, partial d15, second generation d07.
  «afirmou à Lusa» inside a quote attribution is the agency as a news source, not a credit.
- `lusa_pt_d08` (hard negative) was published the evening before the wire; all copies follow the wire, and the
  second-generation copy d07 follows its parent d11.
- Heavy rewrites and hard negatives were checked by `check.py` to share no 5-word run (case-insensitive, punctuation
  stripped; numbers like `4,2` or `1.200` are one token) with the wire; hard negatives also share none with any copy
  or with each other.
- Build and verify: `python3 build.py && python3 check.py`.
"""
with open("README.md", "w", encoding="utf-8") as f:
    f.write(readme)
print(f"wrote family.json ({len(documents)} documents, {sum(len(v) for v in sentences.values())} sentences) and README.md")
