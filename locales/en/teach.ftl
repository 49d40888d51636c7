# Plate Trail: the lesson pages' frame (English, the reference language). See locales/README.md.
# These fill the one template content/teach/page.html at build time (build.rs): they are
# not compiled into the app. Plain text only: no variables.

# The keyboard's first stop on each lesson page.
teach-skip-link = Skip to content

# After the app's name in the page header: "Plate Trail: teaching materials".
teach-brand = teaching materials

# The label screen readers give the lesson pages' navigation.
teach-nav-label = Teaching materials

teach-lesson = Lesson plan

teach-glossary = Glossary

teach-worksheet = Student worksheet

teach-fact-sheet = Fact sheet

teach-open-simulator = Open the simulator

teach-print = Print this page

teach-footer = Plate Trail is free software under the GNU AGPL 3.0. Its town, people and cameras are fictional.
