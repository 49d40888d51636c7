# Plate Trail: letter strings (English, the reference language). See locales/README.md.

