# Plate Trail: textos próprios do módulo de ferramentas (Massachusetts hoje e Câmeras no meu trajeto).

## Massachusetts hoje (#/massachusetts)

ma-title = Massachusetts hoje: as câmeras mapeadas
ma-intro = Todas as câmeras leitoras de placas que voluntários mapearam em Massachusetts, sobre o contorno do estado: quem as opera e o que uma rede tão densa quanto a de uma cidade real descobre sobre um carro.
ma-loading = Carregando o mapa das câmeras de Massachusetts…
ma-failed = Não foi possível carregar o mapa das câmeras ({ $reason }). Recarregue a página para tentar de novo; o resto do Plate Trail funciona sem ele.
ma-data-failed = Não foi possível baixar { $path }; verifique a conexão
ma-attribution = Posição das câmeras © colaboradores do OpenStreetMap, sob a Open Database License (ODbL): os nós marcados com surveillance:type=ALPR, os dados que o DeFlock mostra, exportados em { $exported }.
ma-outline-credit = Contorno do estado: limites cartográficos do Census Bureau dos EUA (domínio público), via us-atlas.
ma-totals = { $cameras } câmeras mapeadas; { $named } informam quem as opera, { $operators } operadores ao todo.
ma-floor-note = É um mínimo, não o total. O mapa é colaborativo: só tem as câmeras que voluntários viram e marcaram, então o número real só pode ser maior, e uma câmera sem operador marcado continua sendo de alguém.
ma-floor-flock = Mais de 40 departamentos de polícia de Massachusetts têm contrato com a Flock.
ma-map-label = Mapa de Massachusetts com { $cameras } câmeras leitoras de placas mapeadas. As tabelas abaixo as listam por operador.
ma-map-label-search = Mapa de Massachusetts com { $cameras } câmeras leitoras de placas mapeadas; as { $matching } dos operadores buscados aparecem maiores e mais escuras. As tabelas abaixo as listam.
ma-search-label = Buscar por operador
ma-search-hint = Parte de um nome, como “police”, “Lowell” ou “Home Depot”. A tabela e o mapa mudam enquanto você digita.
ma-search-clear = Limpar
ma-search-result = { $operators ->
    [0] Nenhum operador corresponde a “{ $query }”.
    [one] { $operators } operador corresponde a “{ $query }”, com { $cameras } câmeras.
   *[other] { $operators } operadores correspondem a “{ $query }”, com { $cameras } câmeras.
}
ma-operators-caption = Câmeras por operador (das mais para as menos)
ma-column-operator = Operador
ma-column-cameras = Câmeras
ma-column-makers = Fabricante
ma-column-facing = Direção
ma-column-where = Onde (lon, lat)
ma-no-operator = (sem operador marcado)
ma-not-tagged = não informado
ma-cameras-caption-all = As { $count } câmeras dos operadores encontrados
ma-cameras-caption-first = As primeiras { $shown } das { $count } câmeras dos operadores encontrados
ma-density-title = Simule com a densidade de uma cidade real
ma-density-intro = A cidade simulada tem mais ou menos o tamanho de uma cidade pequena. Escolha uma cidade cujas câmeras policiais estão no mapa acima, e o simulador roda o seu mês sob uma rede tão densa quanto a dessa cidade.
ma-density-town-label = Cidade
ma-start-run = Simular com a densidade de { $town } ({ $cameras } câmeras)

## Câmeras no meu trajeto (#/route)

route-intro = O seu trajeto de casa para o trabalho e de volta: por quantas câmeras ele passa, de quem elas são e um caminho que desvia delas se você topar dirigir alguns minutos a mais. Planejadores de rota baseados no mapa colaborativo de câmeras fazem isso com ruas de verdade.
route-budget-label = Minutos a mais que você dirigiria, em cada sentido, para passar por menos câmeras
route-budget-problem = Digite um número inteiro de minutos de 0 a { $max }. A verificação usa { $used ->
    [one] { $used } minuto
   *[other] { $used } minutos
}.
route-check = Verificar meu trajeto
route-working = Procurando os caminhos, depois rodando o seu mês de novo e consultando o analista…
route-only-commute = Só o trajeto para o trabalho muda: as outras saídas continuam pelo caminho mais rápido, e as câmeras na saída da sua casa leem você de qualquer jeito.
route-to-work = De casa para o trabalho
route-to-home = Do trabalho para casa
route-fastest = O mais rápido
route-avoiding = O de menos câmeras
route-no-commute = Nesta cidade, nenhuma rua leva da sua casa ao seu trabalho.
route-summary = { $minutes }{"\u00A0"}min, { $cameras ->
    [one] { $cameras } câmera
   *[other] { $cameras } câmeras
}
route-summary-extra = { $minutes }{"\u00A0"}min (+{ $extra }), { $cameras ->
    [one] { $cameras } câmera
   *[other] { $cameras } câmeras
}
route-operator = { $operator }: { $cameras }
route-operators-none = nenhuma
route-round-trip-none = O seu trajeto não passa por nenhuma câmera, nem na ida nem na volta: só as outras viagens são lidas.
route-round-trip-no-way-round = Com { $budget } minutos a mais em cada sentido não há como desviar: ida e volta passam por { $fastest } câmeras de qualquer jeito.
route-round-trip = Ida e volta passam por { $fastest ->
    [one] { $fastest } câmera
   *[other] { $fastest } câmeras
} pelo caminho mais rápido e por { $avoiding } pelo desvio, com { $extra ->
    [one] { $extra } minuto a mais
   *[other] { $extra } minutos a mais
} por dia.
route-analyst-fastest = Pelo caminho mais rápido, o fornecedor guarda { $reads } leituras do seu carro no mês; { $home }; { $work }.
route-analyst-avoiding = Se todo trajeto para o trabalho pegar o desvio, o fornecedor guarda { $reads } leituras do seu carro no mês; { $home }; { $work }.
route-home-none = casa: sem palpite
route-home = casa deduzida a { $distance } da real
route-home-judged = casa deduzida a { $distance } da real, { $inside ->
    [yes] dentro do círculo
   *[no] fora do círculo
}
route-work-none = trabalho: sem palpite
route-work = trabalho deduzido a { $distance } do real
route-work-judged = trabalho deduzido a { $distance } do real, { $inside ->
    [yes] dentro do círculo
   *[no] fora do círculo
}
route-failed = Não foi possível calcular os caminhos: { $reason }
route-back = Voltar ao simulador

## Sua própria cidade (#/import)

town-picker-title = Sua própria cidade
town-picker-intro = Rode tudo isto em ruas de verdade: escolha ou solte aqui um mapa de ruas exportado do OpenStreetMap (um .osm da opção Exportar do openstreetmap.org ou do JOSM, um .json do Overpass ou um pequeno recorte .osm.pbf) e, se tiver, um arquivo de câmeras (.kml, .geojson ou .csv do DeFlock). Ou carregue um arquivo de cenário salvo aqui. Os arquivos são lidos neste navegador e nunca são enviados.
town-pick-files = Escolher arquivos de mapa e de câmeras
town-drop-hint = ou solte-os aqui
town-drawing = Desenhando sua cidade
town-back-to-made-up = Voltar à cidade inventada
save-scenario-file = Salvar arquivo de cenário
save-scenario-file-hint = O arquivo guarda esta cidade, as câmeras dela e a sua vida nela: carregue-o aqui em outro computador (um link de compartilhamento não consegue levar uma cidade).
import-needs-worker = este navegador não conseguiu iniciar o processo em segundo plano que lê os arquivos de mapa; tente uma versão atual do Chrome, Firefox ou Safari
import-unreadable = o navegador não consegue ler este arquivo
import-too-large = o arquivo tem { $size } bytes, mais do que os { $limit } permitidos para um arquivo de mapa ou de câmeras
import-cameras-alone = um arquivo de câmeras precisa de um mapa de ruas junto: escolha o mapa e o arquivo de câmeras ao mesmo tempo
import-too-many-files = escolha um só mapa de ruas e no máximo um arquivo de câmeras
scenario-file-download-refused = o navegador recusou o download
import-progress = Lendo sua cidade: { $percent }%
town-imported = { $town }: { $road_km }{"\u00A0"}km de ruas e { $places ->
    [one] { $places } lugar com nome
   *[other] { $places } lugares com nome
}. Câmeras: { $snapped } nas ruas dela, de { $read } lidas; { $unmatched } longe demais de qualquer rua para serem colocadas.
import-problem = { $file }: { $what }. Tente uma exportação do OpenStreetMap de uma área menor (.osm, .json do Overpass ou .osm.pbf) e, para as câmeras, um .kml, .geojson ou .csv do DeFlock. Sua cidade atual não mudou.
scenario-file-problem = { $file }: { $what }. Salve-o de novo pelo Plate Trail ou carregue o arquivo de mapa dele. Sua cidade atual não mudou.
browser-problem = { $file }: { $what }. O arquivo em si pode estar certo. Sua cidade atual não mudou.
scenario-file-broken = este não é um arquivo de cenário do Plate Trail legível ({ $detail })
scenario-file-newer = este arquivo de cenário é da versão { $version }, de um Plate Trail mais novo que este (versão { $ours }); abra-o com o Plate Trail mais novo ou recarregue esta página para ter a versão mais recente
import-error-empty = o arquivo está vazio
import-error-too-large = o arquivo tem { $size } bytes, mais do que os { $limit } permitidos para este formato
import-error-too-many = o arquivo tem mais de { $limit } { $what ->
    [nodes] pontos de mapa (nós do OpenStreetMap)
    [ways] ruas e caminhos (vias do OpenStreetMap)
   *[cameras] câmeras
}
import-error-not-a-road-network = isto não é um mapa de ruas: o Plate Trail lê OpenStreetMap XML (.osm), Overpass JSON ou OSM PBF (.osm.pbf)
import-error-not-a-camera-file = isto não é um arquivo de câmeras: o Plate Trail lê KML, GeoJSON ou CSV com colunas lon e lat
import-error-malformed = este arquivo { $format } está corrompido (o leitor de arquivos diz, em inglês: “{ $detail }”)
import-error-no-roads = o arquivo não tem nenhuma rua por onde um carro possa passar (vias highway=* do OpenStreetMap); exporte uma área com ruas
import-error-no-cameras = o arquivo não tem nenhuma câmera com posição
import-problem-format = { $file }: { $what }. Exporte de novo, ou escolha um mapa de ruas do OpenStreetMap (.osm, .json do Overpass ou .osm.pbf) e, para as câmeras, um .kml, .geojson ou .csv do DeFlock. Sua cidade atual não mudou.
import-problem-plain = { $file }: { $what }. Sua cidade atual não mudou.
scenario-file-implausible = este arquivo de cenário tem { $what ->
    [no-roads] uma cidade sem ruas
    [road] uma rua com comprimento ou velocidade impossíveis
    [camera] uma câmera com uma chance impossível de ler uma placa
    [long-name] um nome de cidade com mais de { $most } caracteres
   *[settings] valores que os controles do Plate Trail não conseguem dar (dias, câmeras, carros, horários ou lugares fora da cidade)
}, então não foi carregado

town-chosen = Sua cidade está no mapa. A simulação começa.
made-up-town-chosen = A cidade inventada voltou.
real-town = { $town } é uma cidade real, lida do seu arquivo de mapa: as ruas, os lugares e as câmeras são reais; as pessoas e os carros são simulados. { $attribution }.
real-town-map-label = Mapa de { $town }, do seu arquivo de mapa

## O console do analista e o laboratório de políticas.
console-title = Console do analista
console-intro = Sente-se diante da tela de busca do fornecedor. Estas são as ferramentas que os agentes de uma agência recebem, usadas aqui no banco de dados da sua cidade simulada: os mesmos registros que o simulador fez do seu carro e de todos os outros. Cada busca fica num registro de auditoria, como nos sistemas reais.
console-map-label = Mapa da cidade com as câmeras por trás dos resultados
console-map-note = As câmeras acesas são aquelas cujas leituras sustentam os resultados; os círculos são as áreas buscadas.
searched-area = Área buscada
console-officer = Você (Agente Visitante #000)
console-database-loading = Carregando o banco de dados do fornecedor para a cidade inteira… (cada carro, cada leitura de câmera)
tool-picker = Ferramenta de busca
about-lookup = Cada câmera que leu uma placa nos últimos 1, 7, 14 ou 30 dias.
about-attributes = Encontre carros sem usar a placa, a partir de uma descrição: cor, carroceria, bagageiro, adesivos, onde e quando. O fornecedor anuncia isso como busca por “impressão digital do veículo” e em linguagem comum.
about-multi-geo = Cada carro visto perto de dois lugares.
about-convoy = Carros que passam pelas mesmas câmeras minutos antes ou depois de um carro-alvo, várias vezes: quem anda com quem.
about-stakeout = Cada carro visto perto de um lugar numa faixa de horário, como um protesto na prefeitura. Há buscas ligadas a protestos documentadas.
about-hot-list = Coloque uma placa numa lista de alerta (uma lista de placas procuradas com a qual cada leitura é comparada) e cada câmera por onde ela passar dispara um alerta, em tempo real.
field-plate = Placa
field-lookback = Até quando
field-description = Descreva o veículo
description-hint = Preenchido com o seu carro e um lugar aonde ele foi, sem placa. Tente o seu: cores, carrocerias (SUV, sedã, picape...), bagageiro, adesivo, amassado, “perto da clínica”, “terça passada”, “de manhã”.
field-first-place = Primeiro lugar
field-second-place = Segundo lugar
field-target-plate = Placa-alvo
field-window = Minutos antes e depois de cada leitura
field-min-cameras = Pelo menos este número de câmeras diferentes
field-place = Lugar
field-day = Dia
field-from-hour = A partir de (hora, 0-23)
field-hours = Por quantas horas
console-number-not-a-number = Digite um número inteiro de { $min } a { $max }. A busca mantém { $kept }.
console-number-out-of-range = Este campo aceita de { $min } a { $max }, então a busca usa { $used }.
field-hot-plate = Placa para a lista de alerta
field-reason = Motivo (vai para o registro de auditoria)
field-scope = Redes onde buscar (uma rede são as câmeras de uma agência)
no-camera-near = Nenhuma câmera cobre um destes lugares, então a rede não pode buscar ali. Escolha outro lugar.
no-such-place = Escolha um lugar da lista do mapa para a campana.
results-title = Resultados
results-empty = Escolha uma ferramenta e clique em Buscar. Os formulários vêm preenchidos com a sua simulação, então um clique mostra o que cada ferramenta faz.
commuter-not-found = Seu carro não está entre os resultados.
tag-your-car = seu carro
tag-companion = anda mesmo com você
results-list = Resultados da busca
audit-title = Registro de auditoria
audit-empty = Ainda não há buscas. Cada busca que você fizer fica anotada aqui.
audit-note = Registros de auditoria reais anotam a agência, o agente, um motivo em texto livre, a busca e quantas redes ela alcançou; buscas federais numa cidade do Arkansas alcançaram, cada uma, mais de mil redes. O motivo é o que o agente digitar. Desde dezembro de 2025, os registros de rede que outras agências veem deixam de fora nomes de agentes, placas e detalhes da impressão digital do veículo.
audit-agency = Agência
audit-officer = Agente
audit-type = Busca
audit-subject = Sobre
audit-networks = Redes buscadas
audit-results = Resultados
audit-no-reason = (nenhum)
policy-title = Quem pode ver, e que regras mudariam isso
policy-intro = O fornecedor guarda as leituras por 30 dias por padrão, e um departamento pode compartilhá-las com outros, até com todas as agências participantes do país. Veja quem isso deixa entrar, e o que uma retenção mais curta, guardar só alertas (só leituras de placas procuradas), compartilhar menos ou ter menos câmeras deixariam um analista saber sobre o seu carro.
who-title = Quem pode ver
who-intro = O departamento que opera as câmeras escolhe como compartilhar. Cada opção mais ampla deixa mais agências consultarem as leituras do seu carro; em registros de 2016-17 da rede de outro fornecedor (LEARN, da Vigilant Solutions), as agências compartilhavam em média com pelo menos outras 160.
who-diagram-caption = Agências que podem consultar as leituras do seu carro em cada opção de compartilhamento (barras em escala logarítmica; a lista abaixo traz os detalhes). A barra destacada é a opção escolhida no laboratório de regras.
lab-title = Laboratório de regras
lab-intro = Escolha uma lei real ou mexa nos controles. O analista roda de novo sobre o que o banco de dados ainda guardaria no fim da sua simulação; a coluna da esquerda é a configuração comum: os 30 dias da Flock com o National Lookup ligado, como fazem cerca de três em cada quatro agências.
lab-controls-title = Regras
lab-presets = Partir de uma lei ou contrato
lab-retention = Guardar leituras por
lab-hit-only = Guardar só leituras que batem com uma lista de alerta (uma lista de placas procuradas)
lab-sharing = Compartilhamento
lab-cameras = Câmeras funcionando
comparison-title = O que um analista ainda consegue saber
col-what = Sobre o seu carro
col-before = Configuração comum (30 dias, National Lookup)
col-after = Com estas regras
row-reads = Leituras guardadas
row-home = Casa
row-work = Trabalho
row-places = Lugares
row-sensitive = Visitas sensíveis
row-associates = Quem anda com você
row-who = Quem pode consultar
not-found = Nada: não dá para saber
days-label = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
day-option = Dia { $day } ({ $weekday })
more-rows = E mais { $more } não listados.
audit-count = { $count ->
    [one] { $count } busca registrada.
   *[other] { $count } buscas registradas.
}
# O console do analista: por que uma descrição digitada não pôde ser buscada.
query-empty = Descreva um veículo, por exemplo “SUV prata com bagageiro perto da clínica na terça passada”.
query-unknown-place = Não há nenhum lugar chamado “{ $place }” neste mapa. Tente um tipo de lugar, como “clínica” ou “igreja”.
query-no-camera-near = Nenhuma câmera a menos de { $meters }{"\u00A0"}m de { $place }, então a rede não pode buscar ali.
# A busca por descrição do console, que lê palavras em inglês, espanhol e português.
description-look = { $body } { $make } { $colour }
description-with = { $look } com { $feature }
description-near = { $kind ->
   *[reproductive-health-clinic] perto da clínica
    [church] perto da igreja
    [mosque] perto da mesquita
    [synagogue] perto da sinagoga
    [temple] perto do templo
    [hospital] perto do hospital
    [school] perto da escola
    [daycare] perto da creche
    [factory] perto da fábrica
    [office-park] perto do centro empresarial
    [store] perto da loja
    [grocery] perto do mercado
    [gym] perto da academia
    [bar] perto do bar
    [restaurant] perto do restaurante
    [union-hall] perto da sede do sindicato
    [courthouse] perto do fórum
    [town-hall] perto da prefeitura
    [immigration-legal-aid] perto da assistência jurídica para imigrantes
    [park] perto do parque
    [shelter] perto do abrigo
}
search-last-day = { $weekday ->
   *[mon] na segunda-feira passada
    [tue] na terça-feira passada
    [wed] na quarta-feira passada
    [thu] na quinta-feira passada
    [fri] na sexta-feira passada
    [sat] no sábado passado
    [sun] no domingo passado
}
understood-time-of-day = { $part ->
   *[morning] de manhã (das 05:00 às 12:00)
    [afternoon] à tarde (das 12:00 às 17:00)
    [evening] à noite (das 17:00 às 22:00)
    [night] de madrugada (das 22:00 às 05:00)
}
understood-near = perto de { $places }
understood-today = hoje
understood-yesterday = ontem
understood-this-week = nesta semana
understood-last-week = na semana passada
understood-last-days = { $days ->
    [one] o último dia
   *[other] os últimos { $days } dias
}

## Moved from text.ftl (used only by the tools module: the letter, the console, the policy lab).
letter-title = Uma carta às autoridades locais
letter-intro = O Plate Trail escreve esta carta a partir dos resultados da sua simulação. Copie para um e-mail ou imprima, preencha as partes entre [colchetes] e envie para a câmara municipal ou o conselho da sua cidade. Nada é enviado daqui.
letter-run-first = Use o simulador primeiro: a carta é escrita com os seus próprios resultados.
letter-go-to-simulator = Ir para o simulador
letter-preview-sample = Ver com números de exemplo
letter-sample-note = Números de exemplo, não os seus resultados. Use o simulador para escrever a carta com os seus.
letter-sources = Fontes dos fatos da carta (retenção de 30 dias, busca por descrição, um registro de buscas que anota um motivo digitado e não um mandado, a lei de New Hampshire):
letter-copy = Copiar a carta
letter-print = Imprimir a carta
letter-copied = Copiada. Cole num e-mail ou documento e preencha as partes entre [colchetes].
letter-copy-failed = Seu navegador não deixou o Plate Trail copiar a carta. Selecione o texto acima e copie você mesmo.
letter-print-failed = Seu navegador não abriu a janela de impressão. Use o comando Imprimir dele: só a carta é impressa.
commuter-found = Seu carro está entre os resultados, encontrado sem a placa.
audit-reason = Motivo
comparing = Rodando o analista de novo com estas regras…
console-database = O banco de dados guarda { $reads ->
    [one] { $reads } leitura
   *[other] { $reads } leituras
} de { $plates ->
    [one] { $plates } placa
   *[other] { $plates } placas
} em { $days ->
    [one] { $days } dia simulado
   *[other] { $days } dias simulados
}.
search-millis = A busca levou { $millis } ms no seu navegador.
camera-percent = { $percent ->
    [100] Todas
   *[other] { $percent }% delas
}
banned-note = Estas regras também proíbem compartilhar para { $purposes }. Isso limita por que outros podem buscar, não o que o banco de dados guarda, então o dossiê não muda.

## Who can search the reads and the policy presets (the policy lab only).
# Identificadores técnicos: não traduzir.
sharing-slug-none = none
sharing-slug-one-to-one = one-to-one
sharing-slug-vendor-contract-clause = vendor-clause
sharing-slug-radius = radius
sharing-slug-statewide = statewide
sharing-slug-national = national
sharing-short-none = Sem compartilhar
sharing-short-one-to-one = Com um parceiro
sharing-short-vendor-contract-clause = Cláusula do fornecedor
sharing-short-radius = Por raio
sharing-short-statewide = Todo o estado
sharing-short-national = National Lookup
sharing-label-none = Sem compartilhar
sharing-label-one-to-one = Só com uma agência parceira
sharing-label-vendor-contract-clause = Sem compartilhar, mas com a cláusula do contrato do fornecedor
sharing-label-radius = Dentro de um raio
sharing-label-statewide = Todo o estado
sharing-label-national = National Lookup (todas as agências participantes do país)
agency-kind-name-town-police = A polícia da cidade
agency-kind-name-neighbour-police = Polícias vizinhas
agency-kind-name-state-police = Polícia estadual
agency-kind-name-statewide-agency = Outros departamentos do estado
agency-kind-name-national-lookup-agency = Agências de outros estados
agency-kind-name-federal-agency = Agências federais
agency-kind-name-vendor = O fornecedor
access-example-neighbouring-department = a polícia de uma cidade vizinha
access-example-state-police = a Polícia Estadual de Massachusetts
access-example-other-departments-in-state = departamentos de polícia de Massachusetts na Flock
access-example-departments-in-other-states = todas as que ativaram o National Lookup
access-example-federal-through-local = que buscam pelo acesso de departamentos locais
access-example-vendor-and-whoever = a Flock Safety, e qualquer um a quem ela repasse os dados
access-source-runs-the-cameras = o departamento que opera as câmeras
access-source-one-partner = um parceiro escolhido pelo departamento
access-source-within-the-radius = as agências dentro do raio escolhido pelo departamento
access-source-statewide-contracts = ACLU de Massachusetts: mais de { $count } departamentos do estado têm contrato com a Flock; aqui, { $count }
access-source-federal-lookups = registros de auditoria de Conway, Arkansas, 2026: cada busca federal percorreu mais de mil redes
access-source-vendor-contract = ACLU: o contrato padrão deixa a Flock revelar os dados "para fins de investigação"
access-source-national-searches = registros divulgados: uma busca nacional alcançou de { $fewest } a { $most } redes (Conway, Arkansas, 2026; condado de Johnson, Texas, 2025); aqui, { $counted }, o máximo que uma busca federal alcançou nos registros de Conway
retention-label-three-minutes-unless-hit = 3 minutos, salvo alerta
retention-label-forty-eight-hours = 48 horas
retention-label-twenty-one-days = 21 dias
retention-label-thirty-days = 30 dias
retention-label-one-year = 1 ano
sharing-explained-none = Só o departamento que opera as câmeras pode fazer buscas nelas.
sharing-explained-one-to-one = O departamento compartilha com uma agência que ele indica.
sharing-explained-vendor-contract-clause = O departamento não compartilha com ninguém, mas o contrato padrão do fornecedor dá a ele um direito mundial e perpétuo de divulgar os dados da agência “para fins de investigação”. Boston negociou a retirada dessa cláusula.
sharing-explained-radius = Agências dentro de uma distância escolhida: as cidades vizinhas e a polícia estadual.
sharing-explained-statewide = Todas as agências participantes do estado; em Massachusetts mais de 40 departamentos de polícia têm contrato com a Flock, então o Plate Trail conta 40.
preset-citation-common-setup = A Flock guarda as leituras por 30 dias a partir da captura; compartilhar é opcional, e cerca de três em cada quatro agências ligam o National Lookup (segundo relatos indiretos)
preset-citation-new-hampshire = Apagadas em 3 minutos, salvo se baterem com uma lista de alerta
preset-citation-massachusetts-h3431 = A polícia teria de apagar os dados em 48 horas (um órgão estadual poderia guardar por 120 dias os dados recebidos); enviado para estudo (2023-24)
preset-citation-maine = 21 dias (tabela de leis estaduais da NCSL)
preset-citation-virginia = 21 dias, finalidades limitadas e nada de compartilhar fora das agências da Virgínia (2025)
preset-citation-california = Nada de compartilhar com agências de outros estados, federais ou entidades privadas (2015; boletim do procurador-geral 2023-DLE-06)
preset-citation-illinois = Nada de compartilhar para fiscalização migratória ou investigações sobre saúde reprodutiva (2023)
preset-citation-one-year = Nenhuma lei: uma agência que guarda um ano de leituras
anchor-found-home = Encontrada: a menos de { $radius } (a { $error } da sua casa real)
anchor-found-work = Encontrado: a menos de { $radius } (a { $error } do seu trabalho real)
associate-line-real = { $plate } (anda mesmo com você)
associate-line-coincidence = { $plate } (uma coincidência)
