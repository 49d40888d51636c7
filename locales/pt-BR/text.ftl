# Plate Trail: textos da interface em português do Brasil.
# Referência: locales/en/text.ftl. Os ids e as variáveis ({ $x }) devem ser os mesmos.
# Em português, 0 e 1 ficam no singular (CLDR: one = 0..1).

place-kind-name-home = casa
place-kind-name-friends-house = casa de amigo
place-kind-name-hospital = hospital
place-kind-name-school = escola
place-kind-name-daycare = creche
place-kind-name-factory = fábrica
place-kind-name-office-park = centro empresarial
place-kind-name-store = loja
place-kind-name-grocery = mercado
place-kind-name-gym = academia
place-kind-name-bar = bar
place-kind-name-restaurant = restaurante
place-kind-name-church = igreja
place-kind-name-mosque = mesquita
place-kind-name-synagogue = sinagoga
place-kind-name-temple = templo
place-kind-name-reproductive-health-clinic = clínica de saúde reprodutiva
place-kind-name-immigration-legal-aid = assistência jurídica para imigrantes
place-kind-name-union-hall = sede do sindicato
place-kind-name-courthouse = fórum
place-kind-name-town-hall = prefeitura
place-kind-name-out-of-town = fora da cidade
place-kind-name-park = parque
place-kind-name-shelter = abrigo ou serviço social
direction-name-north = sentido norte
direction-name-east = sentido leste
direction-name-south = sentido sul
direction-name-west = sentido oeste
colour-name-white = { $gender ->
    [feminine] branca
   *[masculine] branco
}
colour-name-black = { $gender ->
    [feminine] preta
   *[masculine] preto
}
colour-name-silver = { $gender ->
   *[other] prata
}
colour-name-grey = { $gender ->
   *[other] cinza
}
colour-name-blue = { $gender ->
   *[other] azul
}
colour-name-red = { $gender ->
    [feminine] vermelha
   *[masculine] vermelho
}
colour-name-green = { $gender ->
   *[other] verde
}
colour-name-brown = { $gender ->
   *[other] marrom
}
colour-name-yellow = { $gender ->
    [feminine] amarela
   *[masculine] amarelo
}
body-name-sedan = sedã
body-name-suv = SUV
body-name-pickup = picape
body-name-hatchback = hatch
body-name-minivan = minivan
body-name-van = van
body-name-coupe = cupê
body-gender-sedan = masculine
body-gender-suv = masculine
body-gender-pickup = feminine
body-gender-hatchback = masculine
body-gender-minivan = feminine
body-gender-van = feminine
body-gender-coupe = masculine
feature-name-roof-rack = bagageiro de teto
feature-name-bumper-sticker = adesivo no para-choque
feature-name-dent = amassado
feature-name-temporary-tag = placa provisória
finding-title-home = Onde você dorme
finding-title-work = Onde você trabalha
finding-title-routine = Sua rotina
finding-title-place = Um lugar aonde você vai
finding-title-sensitive = Uma visita sensível
finding-title-associate = Quem anda com você
finding-title-prediction = Onde você vai estar
persona-name-office-parent = Mãe ou pai com escritório e filhos na escola
persona-stops-office-parent = igreja, uma consulta na clínica
persona-name-hospital-nurse = Enfermeira em plantões diurnos de 12 horas
persona-stops-hospital-nurse = mesquita, assistência jurídica para imigrantes
persona-name-factory-organiser = Operário de fábrica e organizador sindical
persona-stops-factory-organiser = sede do sindicato, sinagoga
persona-name-night-nurse = Enfermeira do plantão noturno
persona-stops-night-nurse = templo hindu, uma consulta na clínica
persona-name-day-labourer = Diarista de obra, num canteiro diferente a cada poucos dias
persona-stops-day-labourer = assistência jurídica, uma audiência
persona-name-student = Estudante com aulas em Boston e emprego numa lanchonete
persona-stops-student = um protesto, uma consulta na clínica
preset-name-common-setup = Configuração comum
preset-name-new-hampshire = New Hampshire RSA 261:75-b
preset-name-massachusetts-h3431 = Massachusetts H.3431 (proposta)
preset-name-maine = Maine
preset-name-virginia = Virginia HB 2724 (Va. Code 2.2-5517)
preset-name-california = California SB 34
preset-name-illinois = Illinois HB 3326
preset-name-one-year = Um ano
purpose-name-stolen-vehicle = veículos roubados
purpose-name-investigation = investigações
purpose-name-missing-person = pessoas desaparecidas
purpose-name-immigration = fiscalização migratória
purpose-name-reproductive-health = investigações sobre saúde reprodutiva
purpose-name-protest = protestos
purpose-name-no-reason-given = buscas sem motivo
app-name = Plate Trail
tagline = Veja o que uma rede de leitores de placas descobre sobre um carro: o seu.
nav-simulator = Simulador
nav-faq = Perguntas
nav-about = Sobre
nav-massachusetts = Massachusetts
route-title = Câmeras no meu trajeto
route-teaser = Quantas câmeras o seu trajeto para o trabalho atravessa, de quem elas são e um caminho que desvia delas nos minutos a mais que você escolher.
route-open = Verificar meu trajeto
nav-label = Principal
footer-licence = O Plate Trail é software livre sob a GNU AGPL 3.0. Tudo roda no seu navegador; nada do que você escolhe sai dele.
footer-data = A cidade padrão, seus moradores e suas câmeras são fictícios, gerados a partir de uma semente. Dados de mapa importados são © colaboradores do OpenStreetMap (ODbL).
panic-title = Algo deu errado
panic-body = O Plate Trail encontrou um erro e parou. Suas escolhas estão salvas neste navegador; recarregar a página costuma resolver.
panic-reload = Recarregar o Plate Trail
panic-details = Detalhes técnicos
map-controls = Controles do mapa
map-zoom-in = Aproximar
map-zoom-out = Afastar
map-pan-west = Mover para oeste
map-pan-north = Mover para norte
map-pan-south = Mover para sul
map-pan-east = Mover para leste
map-reset = Ver a cidade inteira
map-whereabouts = a { $distance } ao { $direction ->
    [n] norte
    [ne] nordeste
    [e] leste
    [se] sudeste
    [s] sul
    [sw] sudoeste
    [w] oeste
   *[nw] noroeste
} de { $place }
map-whereabouts-at = em { $place }
map-whereabouts-coordinates = em latitude { $lat }, longitude { $lon }
map-crosshair = Mira { $location }.
map-text-pin = { $pin }, { $location }
legend-title = Legenda do mapa
legend-highway = Rodovia
legend-arterial = Avenida
legend-local = Rua
legend-town-line = Limite da cidade
legend-camera = Câmera de placas e o que ela vê
legend-reading = Câmera lendo sua placa
legend-place = Lugar (letra: tipo)
legend-sensitive = Lugar sensível (culto, clínica, sindicato, fórum)
legend-homes = Casas
legend-true-home = Sua casa (real)
legend-true-work = Seu trabalho (real)
legend-stop = Sua parada de costume
legend-car = Seu carro
legend-guessed-home = Casa que deduziram, com o círculo de erro
legend-guessed-work = Trabalho que deduziram, com o círculo de erro
legend-guessed-place = Lugar que marcaram
log-title = O registro de capturas: o que o banco de dados do fornecedor guarda sobre a sua placa
log-rows = As linhas do registro de capturas
log-intro = Cada linha é uma leitura: uma câmera fotografou sua placa e anotou quando, onde e em que sentido você passou, além de uma impressão digital do veículo (o que a IA dela vê além da placa: cor, marca, carroceria, adesivos). Ninguém suspeitava de você; as linhas são guardadas mesmo assim, por padrão durante 30 dias.
log-filter = Filtrar linhas
log-filter-placeholder = câmera, operador, sentido ou dia
log-empty = Ainda não há linhas. Dirija para preencher o registro.
log-time = Hora
log-camera = Câmera
log-operator = Operador
log-direction = Sentido
log-plate = Placa
log-fingerprint = Impressão digital do veículo
playback-label = Reprodução
pause = Pausar
resume = Continuar
skip-to-end = Pular para o fim
speed = Velocidade
speed-slow = 1 dia por segundo
speed-normal = 3 dias por segundo
speed-fast = 10 dias por segundo
timeline = Linha do tempo
own-run-kept = Esta simulação veio de um link, e a sua mudança a tornou a simulação salva neste navegador. A sua própria simulação de antes está guardada.
own-run-back = Voltar à minha simulação
own-run-keep = Ficar com esta
own-run-back-done = A sua simulação voltou.
saved-unreadable = Não foi possível ler o cenário salvo neste navegador (talvez de uma versão antiga do Plate Trail), então o padrão é mostrado. Uma cópia do que estava salvo fica no armazenamento do navegador com a chave plate-trail.scenario.unreadable; sua próxima mudança será salva.
saved-unavailable = Este navegador não deixa o Plate Trail guardar nada (navegação anônima, configurações rígidas de privacidade ou uma página que o incorpora), então suas escolhas só valem enquanto esta página estiver aberta: elas não serão lembradas.
dismiss = Fechar
dossier-title = O dossiê: o que eles descobriram
what-they-guessed = O que deduziram
what-is-true = O que é verdade
truth-not-compared = Nada com que comparar.
dossier-waiting = Dirija até o fim (ou pule para o fim) para ver o que um analista tira do registro.
dossier-nothing = Com esses registros um analista não conseguiu apontar nada. Tente mais dias ou outra casa.
confidence-defined = Confiança: o quanto o método do analista tem certeza do próprio palpite (de 0 a 100%), não se ele acerta. O cartão da rotina mostra a regularidade: a parcela dos dias de direção cuja primeira leitura veio a menos de 20 minutos do horário de costume. Depois cada cartão diz Acertou ou Errou, conferido com o que de fato aconteceu na simulação; um círculo certo de casa ou trabalho mais largo que uma ou duas ruas (500 m) é chamado de impreciso.
uniqueness-title = Com quão poucos registros se identifica um carro
uniqueness-idle = Dirija para ver o quanto o rastro do seu carro é único no trânsito da cidade.
uniqueness-computing = Calculando o quanto seu carro é único em todo o trânsito da cidade…
town-work-progress = Trabalho da cidade inteira concluído
town-work-on-page = Este navegador não conseguiu iniciar um processo em segundo plano, então o cálculo da cidade inteira roda nesta página, em pequenas partes entre as quais a página continua respondendo: leva um pouco mais de tempo.
dossier-analysing = O analista está lendo o registro…
dossier-searching-town = Ainda buscando no banco de dados da cidade inteira carros que andam com o seu…
uniqueness-caption = Suponha que alguém conheça k registros de um carro (qual câmera, que hora), escolhidos ao acaso. Cada barra é a parcela dos carros da cidade para os quais esses k batem com aquele carro e com nenhum outro.
uniqueness-x-axis = registros que alguém conhece (k)
uniqueness-table = O gráfico como tabela
uniqueness-k = Registros conhecidos (k)
uniqueness-share = Carros identificados
percent = { $percent }%
uniqueness-citation = Uma pesquisa achou o mesmo com dados de celular: 4 lugares e horários identificam 95% de 1,5 milhão de pessoas (de Montjoye et al., “Unique in the Crowd”, Scientific Reports 3:1376, 2013).
home-moved = Casa mudada de lugar. A simulação e o dossiê foram atualizados.
work-moved = Trabalho mudado de lugar. A simulação e o dossiê foram atualizados.
controls-title = Sua vida
home-place = Casa
work-place = Trabalho
spot-on-map = Um ponto escolhido no mapa
pick-stop = Pôr a nova parada na mira
workdays = Dias de trabalho
days = Dias a simular
days-hint = 30 é a retenção padrão do fornecedor.
seed = Semente
next-seed = Próxima semente
seed-hint = A semente é o número de onde sai a cidade fictícia: a mesma semente dá a todos a mesma cidade e as mesmas semanas.
pick-home = Pôr a casa na mira
pick-work = Pôr o trabalho na mira
map-text-title = O mapa em texto: lugares, câmeras, seus marcadores
map-text-pins = Seus marcadores e os palpites
sensitive-suffix = , um lugar sensível
marker-true-home = Sua casa (real)
marker-true-work = Seu trabalho (real)
marker-car = Seu carro
simulator-title = Seu carro, visto por uma rede de câmeras
building-town = Construindo a cidade…
legend-home-word = Casa
legend-work-word = Trabalho
legend-place-word = Um lugar
no-commuter = A simulação perdeu seu carro. Tente outra semente.
persona = Uma vida pronta
persona-stops = Paradas sensíveis nesta vida: { $stops }
persona-chosen = Nova vida escolhida. A simulação e o dossiê foram atualizados.
shift-start = O trabalho começa às
shift-hours = Horas no trabalho
shift-hint = De meia hora a 16 horas; um turno pode passar da meia-noite.
shift-hours-out-of-range = As horas no trabalho vão de { $min } a { $max }, então { $used ->
    [one] { $used } hora é simulada
   *[other] { $used } horas são simuladas
}.
shift-hours-not-a-number = Digite as horas no trabalho como um número de { $min } a { $max }. A simulação mantém { $kept ->
    [one] sua { $kept } hora
   *[other] suas { $kept } horas
}.
stops-title = Suas paradas de costume
stops-none = Ainda não há paradas de costume. Adicione uma abaixo.
stop-add-title = Adicionar uma parada
stop-place = Lugar da nova parada
stop-place-none = Escolha um lugar
stop-purpose = Para quê
stop-days = Dias da parada
stop-arrive = Chegada às
stop-stay = Permanência (minutos)
stop-add = Adicionar a parada
stop-spot-name = Um ponto que você escolheu no mapa
stop-needs-place = Escolha um lugar para a parada: na lista, ou com “Escolher o lugar no mapa” e depois um clique ou um toque no mapa.
stop-needs-day = Escolha pelo menos um dia para a parada.
stop-bad-time = Digite a hora de chegada em horas e minutos, por exemplo 17:30.
stop-bad-stay = Uma parada dura de 5 minutos a 72 horas (4320 minutos): digite um número de minutos nesse intervalo.
stop-too-many = Esse é o máximo de paradas de costume que o Plate Trail acompanha: remova uma antes de adicionar outra.
stop-added = Parada adicionada. A simulação e o dossiê foram atualizados.
stop-removed = Parada removida. A simulação e o dossiê foram atualizados.
stop-place-picked = Lugar escolhido para a nova parada.
nav-references = Fontes
nav-action = Aja
nav-teach = Ensinar
teach-intro = Materiais para uma aula de 45 minutos de cidadania no ensino médio ou uma oficina comunitária. Cada um abre como página própria e imprime bem em papel Carta ou A4.
teach-lesson = Plano de aula
teach-lesson-about = objetivos, o aquecimento, a atividade com links para as simulações exatas, perguntas para debate, um bilhete de saída e as respostas
teach-glossary = Glossário
teach-glossary-about = ALPR, lista de alerta, NCIC, retenção, Lookup, National Lookup, MOU, só alertas e mais, em palavras simples
teach-worksheet = Folha de atividades
teach-worksheet-about = perguntas respondidas usando o app, com espaço para escrever
teach-fact-sheet = Ficha de fatos
teach-fact-sheet-about = os fatos principais, com as fontes, numa página
faq-intro = Respostas curtas em linguagem simples. Abra uma pergunta para ler a resposta; os números entre colchetes levam às fontes.
references-intro = De onde vêm os fatos do Plate Trail, numerados como o app os cita, com a data de cada fonte. Títulos marcados “(descrição)” são descrição nossa, não o título da fonte. Os links só abrem o outro site se você clicar; esta página não carrega nada deles.
reference-no-date = sem data
reference-checked = consultado em { $date }
reference-no-link = sem link público
reference-secondary = Fonte secundária: este número chegou até nós pela cobertura da imprensa sobre o documento, não pelo documento em si.
reference-described = (descrição)
citation-label = referência
nav-console = Console do analista
nav-policy = Laboratório de regras
module-loading = Abrindo esta parte do Plate Trail…
module-failed = Não foi possível carregar esta parte do Plate Trail. Recarregue a página ou volte ao simulador.
content-loading = Carregando o texto…
running-simulation = Rodando a simulação…
default-reason = investigação
tool-lookup = Lookup
tool-attributes = Busca por descrição
tool-multi-geo = Multi-Geo
tool-convoy = Comboio
tool-stakeout = Campana
tool-hot-list = Lista de alerta
run-search = Buscar
national-reach = Todas as agências participantes do país, de forma recíproca. Em registros divulgados, uma única busca nacional alcançou as redes de 1.076 a 6.809 agências (Conway, Arkansas, 2026; condado de Johnson, Texas, 2025); o Plate Trail conta 2.690, o máximo que uma busca federal alcançou nos registros de Conway. A Flock diz trabalhar com mais de 5.000 departamentos de polícia. É assim que buscas federais chegam às câmeras locais, e em Mountain View, na Califórnia, uma opção nacional foi ligada sem o departamento saber.
headline-analysing = Um analista está lendo agora…
jump-to-results = O que descobriram
jump-to-life = Mude sua vida
controls-intro = Mude qualquer coisa aqui e o mês roda de novo na hora: o mapa, o registro e o dossiê acompanham.
move-home = Mudar a casa
move-work = Mudar o trabalho
move-stop = Escolher o lugar no mapa
stop-add-hint-pick = Escolha o lugar na lista, ou clique em “Escolher o lugar no mapa” e toque ou clique nele (onde não há lugar, a parada vira a casa de um amigo).
move-cancel = Cancelar
move-undo = Desfazer
move-cancelled = Nada foi mudado.
move-undone = Mudança desfeita. A simulação e o dossiê foram atualizados.
pick-bar-label = Mover um marcador no mapa
placing-home = sua casa
placing-work = seu trabalho
placing-stop = a nova parada
map-touch = Arraste para mover o mapa, faça pinça para aproximar.
map-keyboard = Com o mapa em foco: as setas o movem (Shift para passos curtos), + e - aproximam e afastam, 0 mostra a cidade inteira. O mouse arrasta e a roda aproxima.
map-touch-pick = Toque num ponto para escolhê-lo. Arraste para mover o mapa, faça pinça para aproximar.
map-keyboard-pick = Clique num ponto para escolhê-lo, ou com o mapa em foco mova-o sob a mira com as setas (Shift para passos curtos) e aperte Enter. + e - aproximam e afastam, 0 mostra a cidade inteira.
cameras-label = Câmeras na cidade
real-densities = Câmeras policiais de placas mapeadas em cidades reais de Massachusetts:
cameras-hint = Mais câmeras, menos brechas: veja quão rápido o dossiê acha a sua rua.
cameras-mapped-hint = São as câmeras que os seus arquivos mapeiam; escolher uma quantidade é só para a cidade fictícia.
share-label = Compartilhar esta simulação
share-copy-link = Copiar link
share-copied = Link copiado. Ele abre esta simulação (a mesma cidade, carro, mapa e dossiê) em qualquer computador.
share-copied-imported = Link copiado. Esta simulação é numa cidade lida de um arquivo de mapa, que um link não consegue levar: quem abrir o link precisa do mesmo arquivo de mapa, ou do arquivo de cenário desta simulação (“Salvar arquivo de cenário” em “Sua própria cidade”).
share-copy-failed = Este navegador não deixou o Plate Trail copiar. O link está selecionado aqui: copie você mesmo (Ctrl+C, ou ⌘C no Mac).
share-link-field = Link para esta simulação
embed-open = Incorporar
embed-title = Coloque esta simulação na sua página
embed-intro = Cole este HTML na página de uma aula ou no site de um curso. O quadro mostra esta simulação e esta tela sem o cabeçalho do Plate Trail, roda no navegador de cada leitor e não envia nada a lugar nenhum.
embed-snippet = HTML para colar
embed-copy = Copiar o HTML
embed-copied = Copiado.
embed-copy-failed = Este navegador não deixou o Plate Trail copiar: selecione o HTML acima e copie você mesmo.
embed-close = Fechar
embed-frame-title = Plate Trail: o que uma rede de leitores de placas descobre sobre um carro
embed-open-full = Abrir no Plate Trail (nova aba)
offline-copy-label = Cópia offline do Plate Trail { $version } (compilação { $commit }), feita em { $made }: funciona sem rede; o site pode ser mais novo.
offline-copy-label-no-commit = Cópia offline do Plate Trail { $version }, feita em { $made }: funciona sem rede; o site pode ser mais novo.
share-copied-offline = Link copiado. Ele aponta para este arquivo neste computador, então abre esta simulação só aqui (ou onde o mesmo arquivo estiver no mesmo lugar).
teach-offline = Estas folhas são páginas próprias, que não estão nesta cópia offline.
present-offline = O modo apresentação é uma página própria, que não está nesta cópia offline (um navegador não o inicia a partir de um arquivo).
offline-open-elsewhere = Onde abrir: o site do Plate Trail, ou a pasta completa da compilação servida neste computador (nessa pasta, rode “python3 -m http.server 8000” e abra { $address }).
log-count-all = { $total ->
    [one] { $total } linha
   *[other] { $total } linhas
}
log-count-some = { $shown } de { $total ->
    [one] { $total } linha
   *[other] { $total } linhas
}
log-truncated = Mostrando as primeiras { $limit } linhas; filtre para ver outras.
weekday-short-mon = seg
weekday-short-tue = ter
weekday-short-wed = qua
weekday-short-thu = qui
weekday-short-fri = sex
weekday-short-sat = sáb
weekday-short-sun = dom
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo
dossier-intro = Um analista com acesso ao banco de dados das câmeras olhou só { $rows ->
    [one] a linha
   *[other] as { $rows } linhas
} do registro de capturas abaixo, mais as ferramentas de busca do fornecedor.
dossier-more-associates = { $count ->
    [one] Mais uma placa apareceu ao lado da sua em alguns dias, com menos chance que as de cima de andar com você: o mais provável é que ela só divida suas ruas e seus horários.
   *[other] Mais { $count } placas apareceram ao lado da sua em alguns dias, cada uma com menos chance que as de cima de andar com você: a maioria só divide suas ruas e seus horários.
}
cameras-to-place-home = { $needed ->
    [0] Testado em { $towns } cidades, nem com 80 câmeras este analista localizou uma casa a uma ou duas ruas (500 m) em mais de { $percent }% delas; esta cidade tem { $here }.
   *[other] Testado em { $towns } cidades, este analista localizou a casa a uma ou duas ruas (500 m) em { $percent }% delas quando a cidade tinha { $needed } câmeras; esta cidade tem { $here }.
}
verdict-right = Acertou
verdict-wrong = Errou
verdict-vague = Acertou, mas impreciso
regularity = Regularidade: { $percent }%
confidence = Confiança: { $percent }%
evidence-summary = Com base em { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
evidence-more = e mais { $count }
distance-meters = { $meters }{"\u00A0"}m
distance-km = { $km }{"\u00A0"}km
distance-under-ten-meters = menos de 10{"\u00A0"}m
town-work-step = Etapa { $step } de { $total }: { $what }…
town-work-driving = dirigindo cada carro da cidade durante todo o período
town-work-indexing = indexando o banco de dados do fornecedor
town-work-convoys = buscando nele carros que andam com o seu
town-work-uniqueness = testando com quão poucos registros se identifica cada carro
uniqueness-sentence = Conhecer só { $k } registros de um carro basta para identificar { $percent }% dos carros desta cidade: um rastro não precisa de nome para apontar um carro, e quem o dirige.
days-out-of-range = Uma simulação dura de 1 a { $max_days } dias, então { $used ->
    [one] { $used } dia é simulado
   *[other] { $used } dias são simulados
}.
days-not-a-number = Digite um número inteiro de dias de 1 a { $max_days }. A simulação mantém { $kept ->
    [one] seu { $kept } dia
   *[other] seus { $kept } dias
}.
start-again = Recomeçar com a simulação padrão
started-again = A simulação padrão voltou.
move-into-town = Trazer meus lugares para dentro da cidade
moved-into-town = Os lugares fora do mapa foram para o ponto mais próximo da cidade. A simulação roda de novo.
seed-not-a-number = Uma semente é um número inteiro, 0 ou mais. A simulação mantém a semente { $kept }.
map-text-places = { $houses ->
    [0] Lugares
    [1] Lugares (além de { $houses } casa)
   *[other] Lugares (além de { $houses } casas)
}
named-with-kind = { $name } ({ $kind })
unnamed-place-home = sua casa
unnamed-place-workplace = seu local de trabalho
unnamed-place-stop = sua parada ({ $kind })
map-text-cameras = { $count } câmeras de placas
camera-line = { $label }, { $operator }, { $location }, voltada para o trânsito { $facing }{ $reads ->
    [0] {""}
    [1] : leu sua placa uma vez
   *[other] : leu sua placa { $reads } vezes
}
marker-guess = { $what }: o palpite deles
marker-guess-off = { $what }: o palpite deles, a { $distance } da verdade
town-map-label = Mapa de { $town }, uma cidade fictícia
fictional-town = { $town } é uma cidade fictícia, gerada a partir de uma semente: nenhum dado de pessoa real é usado.
status-done = Pronto: as câmeras leram sua placa { $reads ->
    [1] uma vez
   *[other] { $reads } vezes
}. Cada leitura está no registro abaixo, e o dossiê mostra o que ela revela.
status-start = Aperte Dirigir: seu carro vai seguir a rotina das semanas, e cada câmera que ler sua placa vai piscar.
status-so-far = Até agora as câmeras leram sua placa { $reads ->
    [1] uma vez
   *[other] { $reads } vezes
}.
anchor-guess-near = A menos de { $distance } de um ponto perto de { $place }, deduzido de { $stops ->
    [1] uma parada
   *[other] { $stops } paradas
}.
anchor-guess = A menos de { $distance } de um ponto, deduzido de { $stops ->
    [1] uma parada
   *[other] { $stops } paradas
}.
anchor-truth = O ponto real está a { $distance } do palpite: { $inside ->
    [yes] dentro do círculo
   *[no] fora do círculo
}.
anchor-truth-near = O ponto real (perto de { $place }) está a { $distance } do palpite: { $inside ->
    [yes] dentro do círculo
   *[no] fora do círculo
}.
routine-day = { $day }: rodou em { $driven } de { $observed } { $observed ->
    [one] dia
   *[other] dias
}
routine-first = , primeira leitura por volta de { $time }
routine-last = , última por volta de { $time }
routine-end = .
routine-truth = Você trabalha { $days } a partir das { $time }.
routine-no-work = Nesta vida você não vai de carro para o trabalho, então não há local de trabalho para encontrar.
list-separator = ,{" "}
place-guess = Foi a { $place } { $visits ->
    [1] uma vez
   *[other] { $visits } vezes
}.
list-or = { $rest } ou { $last }
list-and = { $rest } e { $last }
sensitive-flag-guess = Provavelmente em { $places } ({ $stops ->
    [1] uma parada
   *[other] { $stops } paradas
}).
sensitive-flag-maybe = Talvez em { $places } ({ $stops ->
    [1] uma parada
   *[other] { $stops } paradas
}).
sensitive-flag-none = Você não foi a nenhum desses lugares naquela hora: uma marcação errada, com base na qual um analista ainda poderia agir.
sensitive-flag-one = Acertou: você estava lá.
sensitive-flag-all = Acertou nas { $stops } paradas.
sensitive-flag-some = Acertou em { $right } das { $stops } paradas.
place-truth = { $visits ->
    [0] Você nunca foi lá: um palpite errado, com base no qual um analista ainda poderia agir.
    [1] Você foi lá uma vez.
   *[other] Você foi lá { $visits } vezes.
}
associate-guess = A placa { $plate } anda com você: lida logo ao lado da sua { $together ->
    [1] uma vez
   *[other] { $together } vezes
}, em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, em { $cameras ->
    [one] { $cameras } câmera
   *[other] { $cameras } câmeras
}.
associate-truth-yes = Verdade: esse carro anda mesmo com você (uma carona ou seu par).
associate-truth-no = Falso: um desconhecido que por acaso divide suas ruas e horários.
# "de { $day } que vem": the same for sábado and domingo (masculine) as for the other weekdays.
prediction-guess = Por volta das { $time } de { $day } que vem, seu carro vai passar pela câmera { $camera }: { $percent }% de chance. Alguém esperando ali encontraria você.
prediction-came-true = Aconteceu: { $day } da semana seguinte, seu carro passou por { $camera } às { $time }.
prediction-missed = Desta vez não: { $day } da semana seguinte, seu carro não passou por { $camera } nesse horário.
stop-title = Sua parada de costume: { $purpose }
stop-line = { $purpose } em { $place }: { $days }, { $time } por { $stay }
stay-minutes = { $minutes }{"\u00A0"}min
stay-hours = { $hours }{"\u00A0"}h
stay-hours-minutes = { $hours }{"\u00A0"}h{"\u00A0"}{ $minutes }{"\u00A0"}min
stop-set-days = { $count ->
    [0] em nenhum dia desta simulação
    [1] em um dia da simulação
   *[other] em { $count } dias da simulação
}
stop-remove = Remover { $purpose } em { $place }
last-checked = Conferido com as fontes em: { $date }.

date-day-month-year = { $day } de { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
} de { $year }
date-long = { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
date-month-year = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
} de { $year }
content-failed = Não foi possível carregar o texto desta página ({ $page }). Verifique a conexão e recarregue a página; todo o resto funciona sem ele.
scope-own = Este departamento
scope-statewide = Todo o estado
scope-national = Todo o país
scope-label = { $what } ({ $networks ->
    [one] { $networks } rede
   *[other] { $networks } redes
})
bad-plate = “{ $typed }” não é uma placa: use de 1 a 7 letras e números, por exemplo 4KTR217.
lookup-summary = { $plate }: { $reads ->
    [one] { $reads } leitura
   *[other] { $reads } leituras
} de { $cameras ->
    [one] { $cameras } câmera
   *[other] { $cameras } câmeras
} { $days ->
    [one] no último dia
   *[other] nos últimos { $days } dias
}.
camera-reads = { $reads ->
    [1] leu uma vez
   *[other] leu { $reads } vezes
}
hit-detail = { $look }; { $reads ->
    [one] { $reads } leitura correspondente
   *[other] { $reads } leituras correspondentes
}
attribute-summary = { $vehicles ->
    [one] { $vehicles } veículo corresponde à descrição.
   *[other] { $vehicles } veículos correspondem à descrição.
}
multi-geo-detail = visto perto de { $areas } dos lugares; { $reads ->
    [one] { $reads } leitura
   *[other] { $reads } leituras
}
multi-geo-summary = { $vehicles ->
    [one] { $vehicles } veículo foi visto
   *[other] { $vehicles } veículos foram vistos
} perto de { $places } ao mesmo tempo.
convoy-detail = passou pela mesma câmera com minutos de diferença { $together ->
    [one] { $together } vez
   *[other] { $together } vezes
}, em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, em { $cameras ->
    [one] { $cameras } câmera
   *[other] { $cameras } câmeras
}
convoy-summary = { $vehicles ->
    [one] { $vehicles } veículo andou com { $plate }.
   *[other] { $vehicles } veículos andaram com { $plate }; os mais frequentes primeiro.
}
stakeout-summary-from = { $vehicles ->
    [one] { $vehicles } veículo foi visto
   *[other] { $vehicles } veículos foram vistos
} perto de { $place } a partir do dia { $day } ({ $weekday }.), { $hour ->
    [0] à
    [1] à
   *[other] às
} { $time }.
alert-detail = ALERTA: { $plate } passou pela câmera { $camera }
hot-list-summary = { $plate } está na lista de alerta: { $alerts ->
    [one] { $alerts } alerta
   *[other] { $alerts } alertas
}, um a cada vez que passou por uma câmera, em ordem de horário.
understood = Buscando: { $words }.
not-understood = {" "}Não entendido: { $words }.
rank = #{ $rank }{" "}
agencies = { $count ->
    [one] { $count } agência
   *[other] { $count } agências
}
agencies-about = cerca de { $count } agências
comparison-nothing-listed = Na configuração comum o analista não conseguiu listar nada sobre o seu carro aqui, então estas regras não têm o que tirar.
comparison-nothing-lost = { $kept ->
    [1] Estas regras não tiram nada: a única descoberta da configuração comum continua.
   *[other] Estas regras não tiram nada: as { $kept } descobertas da configuração comum continuam.
}
comparison-all-lost = { $lost ->
    [1] Estas regras tiram a única descoberta da configuração comum.
   *[other] Estas regras tiram as { $lost } descobertas da configuração comum.
}
comparison-some-lost = Estas regras tiram { $lost } das { $listed } descobertas da configuração comum; { $kept ->
    [one] resta { $kept }
   *[other] restam { $kept }
}.
format-minute = Dia { $day }, { $weekday } { $time }
format-end-of-day = Dia { $day }, { $weekday } 24:00
fingerprint = { $body } { $make } { $model } { $colour }
headline-reads = { $reads ->
    [0] Nenhuma câmera leu sua placa
    [1] As câmeras leram sua placa uma vez
   *[other] As câmeras leram sua placa { $reads } vezes
} em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}.
headline-reads-fictional = { $reads ->
    [0] Nenhuma câmera desta cidade fictícia leu sua placa
    [1] As câmeras desta cidade fictícia leram sua placa uma vez
   *[other] As câmeras desta cidade fictícia leram sua placa { $reads } vezes
} em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}.
headline-nothing = Só com essas leituras, um analista não conseguiu apontar nem sua casa nem seu trabalho.
headline-findings = Só com essas leituras, um analista { $anchors }{ $flags ->
    [0] {""}
    [1] , e marcou { $flags } possível visita a um lugar sensível (culto, clínica, sindicato, fórum)
   *[other] , e marcou { $flags } possíveis visitas a lugares sensíveis (culto, clínica, sindicato, fórum)
}.
headline-home-and-work = localizou sua casa a { $home } e seu trabalho a { $work } de onde realmente ficam
headline-home = localizou sua casa a { $home } de onde realmente fica
headline-work = localizou seu trabalho a { $work } de onde realmente fica
headline-neither = não conseguiu apontar nem sua casa nem seu trabalho
watch-days = { $days ->
    [1] Veja o dia passar
   *[other] Veja os { $days } dias passarem
}
drive-over = O trajeto acabou: as câmeras leram sua placa { $reads } vezes. O dossiê mostra o que descobriram; o botão "{ $button }" leva até lá.
placing-touch = Toque no mapa onde deve ficar { $what }.
placing-keys = Clique no mapa onde deve ficar { $what }, ou mova o mapa sob a mira com as setas e aperte Enter.
placing-started = Escolhendo onde fica { $what }: o mapa está em foco. As setas o movem sob a mira e Enter escolhe; ou toque ou clique no mapa.
moved = Mudou de lugar: { $what }.
town-density = { $cameras } câmeras nos { $area }{"\u00A0"}km² de { $town }: { $per_km } por{"\u00A0"}km².
real-density = { $town }: { $cameras } em cerca de { $area }{"\u00A0"}km², { $per_km } por{"\u00A0"}km²
as-dense-as = Tão densa quanto { $town }: { $cameras } câmeras
unknown-page = O Plate Trail não tem nenhuma página em “{ $address }”, então o simulador é mostrado.
link-problem = Este link não pôde ser aberto como estava: { $why }.
link-shown-default = Em vez disso, é mostrada a simulação padrão.
link-shown-saved = Em vez disso, é mostrada a sua própria simulação, como está salva neste navegador.
link-out-of-range-between = o { $what } é "{ $value }", e o Plate Trail roda de { $low } a { $high }
link-changed = Este link foi cortado ou alterado depois que o Plate Trail o criou, então pode não abrir a simulação para a qual foi feito: ele é aberto como está agora. Se alguém o enviou, peça o link completo.
link-too-long = é longo demais ({ $bytes } caracteres), então não foi lido
link-unknown-version = foi feito por uma versão mais nova do Plate Trail (formato { $version })
link-out-of-range = o { $what } ("{ $value }") não é um número que o Plate Trail consiga rodar
link-setting-version = versão do formato
link-setting-seed = semente
link-setting-days = número de dias
link-setting-cameras = número de câmeras
link-setting-population = número de carros
link-unknown-persona = cita uma vida que o Plate Trail não tem ("{ $name }")
link-unknown-policy = cita uma regra que o laboratório não tem ("{ $name }")
link-unknown-language = Este link pede um idioma que o Plate Trail ainda não tem ("{ $code }"), então ele é mostrado em inglês.
link-broken-life = a vida que ele traz foi cortada ou alterada
link-place-off-town = a vida que ele traz põe a casa, o trabalho ou uma parada fora do mapa da cidade
link-malformed = uma parte dele não está no formato de link do Plate Trail (cortada ou alterada à mão)
place-kind-article-home = uma casa
place-kind-article-friends-house = a casa de um amigo
place-kind-article-hospital = um hospital
place-kind-article-school = uma escola
place-kind-article-daycare = uma creche
place-kind-article-factory = uma fábrica
place-kind-article-office-park = um centro empresarial
place-kind-article-store = uma loja
place-kind-article-grocery = um mercado
place-kind-article-gym = uma academia
place-kind-article-bar = um bar
place-kind-article-restaurant = um restaurante
place-kind-article-church = uma igreja
place-kind-article-mosque = uma mesquita
place-kind-article-synagogue = uma sinagoga
place-kind-article-temple = um templo
place-kind-article-reproductive-health-clinic = uma clínica de saúde reprodutiva
place-kind-article-immigration-legal-aid = uma assistência jurídica para imigrantes
place-kind-article-union-hall = uma sede de sindicato
place-kind-article-courthouse = um fórum
place-kind-article-town-hall = a prefeitura
place-kind-article-out-of-town = fora da cidade
place-kind-article-park = um parque
place-kind-article-shelter = um abrigo ou serviço social
stop-purpose-school-drop-off = levar as crianças à escola
stop-purpose-gym = academia
stop-purpose-grocery = compras no mercado
stop-purpose-worship = culto semanal
stop-purpose-clinic = consulta na clínica
stop-purpose-legal-aid = atendimento jurídico
stop-purpose-union-meeting = reunião do sindicato
stop-purpose-protest = protesto
stop-purpose-friend = casa de amigo
stop-purpose-weekend-trip = viagem de fim de semana
stop-purpose-job-site = canteiro de obras
stop-purpose-court-hearing = audiência no fórum
stop-purpose-night-out = saída à noite
stop-purpose-part-time-job = emprego de meio período
stop-purpose-errand = tarefa na rua
skip-to-content = Pular para o conteúdo
page-description = Veja o que uma rede de câmeras leitoras de placas descobre sobre um carro. Roda inteiramente no seu navegador.
language-label = Idioma
language-failed = Não foi possível carregar este idioma. Verifique a conexão e tente de novo; a página continua no idioma em que estava.

## Uma cidade real a partir de um arquivo de mapa (issue 15).
town-file-not-here = Sua última simulação foi numa cidade lida de um arquivo de mapa, que esta página não tem mais. Aqui está a cidade inventada; para voltar, carregue o arquivo de mapa ou um arquivo de cenário em “Sua própria cidade”.
town-file-not-here-link = A simulação deste link foi em { $town }, uma cidade importada de arquivos de mapa, que um link não consegue levar. Aqui está a cidade inventada; para ver essa simulação, carregue o arquivo de mapa da cidade ou o arquivo de cenário dela em “Sua própria cidade”.
town-file-not-here-link-unnamed = A simulação deste link foi numa cidade importada de arquivos de mapa, que um link não consegue levar. Aqui está a cidade inventada; para ver essa simulação, carregue o arquivo de mapa da cidade ou o arquivo de cenário dela em “Sua própria cidade”.
town-file-needed = Esta simulação é em { $town }, uma cidade lida de um arquivo de mapa que um link não consegue levar: carregue esse arquivo de mapa, ou o arquivo de cenário da simulação, em “Sua própria cidade”.
town-file-needed-unnamed = Esta simulação é numa cidade lida de um arquivo de mapa, que um link não consegue levar: carregue esse arquivo de mapa, ou o arquivo de cenário da simulação, em “Sua própria cidade”.
town-copy-lost = Sua simulação é em { $town }, uma cidade lida de um arquivo de mapa, e este navegador não tem mais a cópia que guardou (um navegador pode apagar o que uma página guarda). Carregue de novo esse arquivo de mapa, ou o arquivo de cenário da simulação, para vê-la aqui.
town-file-load = Abrir “Sua própria cidade” para carregá-la
# The simulator's link to "Your own town" (#/import), where a real road map is imported.
import-open = Faça isto com as ruas e as câmeras reais da sua cidade



route-operator-unknown = operador não mapeado
