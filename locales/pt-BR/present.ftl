# Plate Trail: modo apresentação, em português do Brasil. Referência: locales/en/present.ftl.
# As teclas (F, B, P, S, Esc) não mudam: são as que o app escuta.

step-title-town = A cidade e suas câmeras
step-title-month = O mês de um carro
step-title-rows = O que o fornecedor guarda
step-title-sleeps-and-works = Onde ele dorme e trabalha
step-title-sensitive-places = Os lugares sensíveis
step-title-travels-with = Com quem ele anda
step-title-few-reads = Com quão poucas leituras ele é identificado
step-title-who-can-search = Quem pode buscá-lo
step-title-law-change = O que uma lei mudaria
step-title-ask = O pedido
present-title = Apresentar
present-open = Abrir o modo apresentação (uma página própria, no tamanho de um projetor)
present-back-to-app = Voltar ao app
present-loading = Preparando os números da cidade…
present-role = apresentação
present-blanked = Tela apagada. Aperte B para voltar.
present-keys = Avançar: → ou Page Down. Voltar: ← ou Page Up. F tela cheia, B apagar, P paleta, S notas, Esc sair.
# Short: the four buttons share one row on a 1024-pixel projector.
present-next = Próxima
present-back = Anterior
present-leave = Sair
present-notes = Notas do apresentador
present-notes-blocked = O navegador bloqueou a janela de notas: permita pop-ups para esta página e aperte S de novo.
present-prepare = Preparar a fala
present-prepare-intro = Cerca de dez etapas, de três a cinco minutos, cada uma dizendo uma coisa sobre a simulação que você montou no simulador (a vida, a semente, as câmeras). Esconda ou reordene etapas, escolha a lei a mostrar e comece. O link desta página guarda suas escolhas: salve nos favoritos ou envie para o notebook do auditório.
present-hidden = Etapas escondidas
present-step-empty = Nada a mostrar nesta simulação. Esconda esta etapa, ou volte ao aplicativo e monte outra: outra vida, outra semente ou mais câmeras.
present-start = Começar a apresentar
present-hide = Esconder
present-show = Mostrar
present-earlier = Antes
present-later = Depois
present-law = Lei mostrada na etapa de antes e depois
present-link-deck-problem = Não foi possível ler a lista de etapas deste link, então todas as etapas são mostradas, na ordem da história.
present-link-law-problem = Este link cita uma lei que o Plate Trail não tem ("{ $value }"), então a etapa de antes e depois mostra { $law }.
present-audience-link = Abra esta mesma simulação no seu celular:
present-key-camera = Câmera de placas
present-key-reading = Câmera que leu o carro
present-key-place = Lugar da cidade
present-key-sensitive = Lugar sensível
present-key-true-home = Casa real
present-key-true-work = Trabalho real
present-key-guessed-home = Casa deduzida e sua margem de erro
present-key-guessed-work = Trabalho deduzido e sua margem de erro
present-key-guessed-place = Visita marcada
law-today = Hoje
law-after = Com estas regras
law-reads = Leituras deste carro guardadas
law-agencies = Agências que podem buscar as leituras da cidade
law-findings = Lugares e companhias que o analista aponta
notes-title = Notas do apresentador
notes-waiting = Esperando a janela da apresentação. Mantenha-a aberta em outra janela ou aba deste navegador.
notes-next = A seguir:
notes-last = Esta é a última etapa.
notes-numbers = Números para citar
notes-timer = Tempo desde a primeira etapa
step-town = { $town } é uma cidade inventada com { $cameras } { $cameras ->
    [1] câmera leitora
   *[other] câmeras leitoras
} de placas nas ruas.
step-month = Em { $days } dias, { $cameras ->
    [1] uma dessas câmeras leu
   *[other] { $cameras } dessas câmeras leram
} a placa de um carro comum { $reads ->
    [1] uma vez
   *[other] { $reads } vezes
}.
step-rows = O fornecedor agora guarda { $reads } leituras de { $plates } carros só desta cidade: todos os carros, não só suspeitos.
step-sensitive-none = Neste mês nenhuma câmera pegou o carro num lugar sensível; outro mês poderia pegar.
step-sensitive = Com as mesmas leituras, o analista marca visitas a { $places }.
step-travels-with-none = Nenhum outro carro foi lido ao lado deste com frequência suficiente para ser chamado de companhia.
step-travels-with = O banco de dados aponta { $stated ->
    [1] 1 carro que anda com este, { $right ->
        [0] mas não anda
       *[other] e de fato anda
    }
   *[other] { $stated } carros que andam com este; { $right ->
        [0] nenhum deles anda de fato
        [1] 1 deles anda de fato
       *[other] { $right } deles andam de fato
    }
}.
step-few-reads = { $reads ->
    [1] Basta uma leitura
   *[other] Bastam { $reads } leituras
} para distinguir { $percent }% dos carros desta cidade de todos os outros.
step-few-reads-none = Nesta simulação nenhum punhado de leituras distingue a maioria dos carros: a rede é esparsa demais.
step-who-can-search = Com o National Lookup ligado, como fazem cerca de três em cada quatro agências, { $agencies } agências podem buscar estas leituras, quase sempre sem mandado.
step-law-change = Com as regras de “{ $law }”, o banco de dados guardaria { $reads_after } das { $reads_before } leituras deste carro, { $agencies } { $agencies ->
    [1] agência poderia
   *[other] agências poderiam
} buscá-las e o analista perderia { $lost } dos { $findings } lugares e companhias que aponta.
step-law-change-none = Com as regras de “{ $law }”, o banco de dados não guardaria nenhuma das { $reads_before } leituras deste carro, e o analista perderia { $lost } dos { $findings } lugares e companhias que aponta.
step-ask = Peçam uma votação pública antes de qualquer contrato de câmeras, com retenção curta, sem compartilhar fora do estado e com auditorias publicadas.
step-anchors-both = Só com essas leituras, um analista deduz onde o carro dorme (a { $home } da casa real) e onde trabalha (a { $work } do trabalho real).
step-anchors-home = Só com essas leituras, um analista deduz onde o carro dorme, a { $home } da casa real; neste mês o trabalho ficou escondido.
step-anchors-work = Só com essas leituras, um analista deduz onde o carro trabalha, a { $work } do trabalho real; neste mês a casa ficou escondida.
step-anchors-none = Com tão poucas câmeras, o analista não conseguiu localizar a casa nem o trabalho do carro neste mês; mais câmeras mudam isso.
step-position = Etapa { $at } de { $of }
present-page-title = Plate Trail: apresentar
present-page-description = O modo apresentação do Plate Trail: uma história de três minutos sobre o que uma rede de leitores de placas descobre sobre um carro, para uma audiência pública.
step-law-change-today = A retenção atual de { $retention_days } dias já apagou { $deleted } das { $reads } leituras do carro; restam { $kept }.
present-law-lab = { $preset }, com as mudanças do laboratório de regras
present-lever-keep = leituras guardadas por { $retention ->
    [three-minutes] 3 minutos, salvo alerta
    [forty-eight-hours] 48 horas
    [twenty-one-days] 21 dias
    [thirty-days] 30 dias
   *[one-year] 1 ano
}
present-lever-hit = { $hit ->
    [yes] só leituras de placas procuradas
   *[no] todas as leituras, não só as de placas procuradas
}
present-lever-share = { $sharing ->
    [none] sem compartilhar
    [one-to-one] compartilhamento só com uma agência parceira
    [vendor-contract-clause] sem compartilhar, mas com a cláusula do contrato do fornecedor
    [radius] compartilhamento dentro de um raio
    [statewide] compartilhamento em todo o estado
   *[national] compartilhamento pelo National Lookup
}
present-lever-running = { $percent }% das câmeras funcionando
present-lab-shown = Este link traz as regras do laboratório de regras: { $preset } com { $levers }. A etapa de antes e depois mostra essas regras.
present-lab-not-shown = Este link traz as regras do laboratório de regras: { $preset } com { $levers }. A etapa de antes e depois mostra { $law } no lugar delas, como você escolheu abaixo.
