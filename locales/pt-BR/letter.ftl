# Plate Trail: a carta às autoridades locais, em português do Brasil. Referência: locales/en/letter.ftl.
# Os colchetes marcam o que quem envia preenche.

letter-greeting = Prezados [vereadores ou membros do conselho municipal],
letter-opening = Escrevo como morador a respeito das câmeras automáticas de leitura de placas (ALPR), como as vendidas pela Flock Safety, que leem e guardam a placa de todo carro que passa por elas.
letter-simulated = Esses números vêm do Plate Trail, uma simulação de uma cidade fictícia, e não de registros reais do meu carro. Mas as redes reais funcionam do mesmo jeito: a Flock guarda cada leitura por 30 dias por padrão, e a polícia pode buscar nas leituras pela placa ou por uma descrição do carro, quase sempre sem mandado: o registro de buscas só pede um motivo digitado.
letter-asks =
    Peço que:
    1. Exijam uma votação pública da assembleia ou da câmara antes de assinar ou renovar qualquer contrato de câmeras de leitura de placas.
    2. Limitem quem pode buscar nos dados coletados aqui, e coloquem esse limite por escrito no contrato.
    3. Encerrem qualquer contrato em vigor que não cumpra essas condições.
letter-elsewhere = Outros lugares já impuseram limites. New Hampshire apaga os dados de placas em três minutos, a menos que batam com uma lista de veículos procurados (RSA 261:75-b).
letter-thanks = Agradeço a atenção. Gostaria de receber uma resposta.
letter-signature =
    Atenciosamente,
    {"["}Seu nome]
    {"["}Seu endereço]
letter-used = Usei o Plate Trail, um simulador que faz um carro passar por uma rede de câmeras, para ver o que uma rede assim registra de uma vida comum.{" "}
letter-no-reads = Em { $days ->
    [1] { $days } dia simulado
   *[other] { $days } dias simulados
} em { $town }, nenhuma câmera registrou meu carro; mas todo carro que passou por uma câmera foi registrado, estivesse alguém procurando por ele ou não.
letter-reads = Em { $days ->
    [1] { $days } dia simulado
   *[other] { $days } dias simulados
} em { $town }, { $cameras ->
    [1] { $cameras } câmera registrou
   *[other] { $cameras } câmeras registraram
} meu carro { $times ->
    [1] { $times } vez
   *[other] { $times } vezes
}.
letter-home-and-work = {" "}Só com esse registro, um analista localizou minha casa { $home }. Localizou meu local de trabalho { $work }.
letter-home = {" "}Só com esse registro, um analista localizou minha casa { $home }.
letter-work = {" "}Só com esse registro, um analista localizou meu local de trabalho { $work }.
letter-sensitive = {" "}O registro também pode mostrar minhas visitas a { $places }.
letter-unique = {" "}E { $points ->
    [1] { $points } registro basta
   *[other] { $points } registros bastam
} para distinguir { $percent } dos carros da cidade de todos os outros.
letter-anchor = a menos de { $distance } de um ponto, com { $sure } de certeza, { $right ->
    [yes] e acertou
   *[no] e errou: o lugar real fica fora desse círculo
}
letter-anchor-right-off = a menos de { $distance } de um ponto, com { $sure } de certeza, e acertou: o lugar real fica a { $off } desse ponto
letter-percent = { $percent }%
