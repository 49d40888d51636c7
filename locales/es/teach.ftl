# Plate Trail: el marco de las páginas de la clase (español). Véase locales/README.md.

teach-skip-link = Saltar al contenido

teach-brand = materiales para la clase

teach-nav-label = Materiales para la clase

teach-lesson = Plan de clase

teach-glossary = Glosario

teach-worksheet = Hoja de trabajo del estudiante

teach-fact-sheet = Hoja de datos

teach-open-simulator = Abrir el simulador

teach-print = Imprimir esta página

teach-footer = Plate Trail es software libre bajo la licencia GNU AGPL 3.0. Su pueblo, su gente y sus cámaras son ficticios.
