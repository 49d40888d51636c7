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
route-operator-unknown = operador não mapeado
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
import-too-large = o arquivo tem { $size } bytes, mais do que os { $limit } permitidos para um arquivo de mapa ou de câmeras; exporte uma área menor
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

town-chosen = Sua cidade está no mapa. A simulação começa.
made-up-town-chosen = A cidade inventada voltou.
real-town = { $town } é uma cidade real, lida do seu arquivo de mapa: as ruas, os lugares e as câmeras são reais; as pessoas e os carros são simulados. { $attribution }.
real-town-map-label = Mapa de { $town }, do seu arquivo de mapa
