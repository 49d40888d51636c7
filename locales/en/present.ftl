# Plate Trail: present strings (English, the reference language). See locales/README.md.

# A step's short title, for the prepare list and the notes window.
step-title-town = The town and its cameras
step-title-month = One car's month
step-title-rows = What the vendor holds
step-title-sleeps-and-works = Where it sleeps and works
step-title-sensitive-places = The sensitive places
step-title-travels-with = Who it travels with
step-title-few-reads = How few reads single it out
step-title-who-can-search = Who can search it
step-title-law-change = What a law would change
step-title-ask = The ask

present-title = Present

present-open = Open presenter mode (a page of its own, sized for a projector)

present-back-to-app = Back to the app

present-loading = Getting the town's numbers ready…

present-role = presentation

present-blanked = Screen blanked. Press B to bring it back.

present-keys = Next: → or Page Down. Back: ← or Page Up. F full screen, B blank, P palette, S notes, Esc leave.

present-next = Next step

present-back = Previous step

present-leave = Leave presenter mode

present-notes = Speaker notes

present-prepare = Prepare the talk

present-prepare-intro = About ten steps, three to five minutes, each saying one thing about the run you set up in the simulator (its life, its seed, its cameras). Hide or reorder steps, pick the law to show, then start. The link of this page keeps your choices: bookmark it or send it to the hall's laptop.

present-hidden = Hidden steps

present-start = Start presenting

present-hide = Hide

present-show = Show

present-earlier = Earlier

present-later = Later

present-law = Law shown in the before/after step

present-audience-link = Open this exact run on your phone:

law-today = Today

law-reads = Reads of this car kept

law-agencies = Agencies that can search them

law-findings = What the analyst finds

notes-title = Speaker notes

notes-waiting = Waiting for the presentation window. Keep it open in another window or tab of this browser.

notes-next = Next:

notes-last = This is the last step.

notes-numbers = Numbers to quote

notes-timer = Time since the first step
