# Plate Trail: a moldura das páginas da aula (português do Brasil). Veja locales/README.md.

teach-skip-link = Pular para o conteúdo

teach-brand = materiais para a aula

teach-nav-label = Materiais para a aula

teach-lesson = Plano de aula

teach-glossary = Glossário

teach-worksheet = Ficha de atividades do aluno

teach-fact-sheet = Resumo dos fatos

teach-open-simulator = Abrir o simulador

teach-print = Imprimir esta página

teach-footer = O Plate Trail é software livre sob a licença GNU AGPL 3.0. A cidade, as pessoas e as câmeras dele são fictícias.
