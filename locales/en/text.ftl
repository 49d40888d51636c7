# Plate Trail: text strings (English, the reference language). See locales/README.md.

# A place kind's name as a visitor says it.
place-kind-name-home = home
place-kind-name-friends-house = friend's house
place-kind-name-hospital = hospital
place-kind-name-school = school
place-kind-name-daycare = daycare
place-kind-name-factory = factory
place-kind-name-office-park = office park
place-kind-name-store = store
place-kind-name-grocery = grocery
place-kind-name-gym = gym
place-kind-name-bar = bar
place-kind-name-restaurant = restaurant
place-kind-name-church = church
place-kind-name-mosque = mosque
place-kind-name-synagogue = synagogue
place-kind-name-temple = temple
place-kind-name-reproductive-health-clinic = reproductive health clinic
place-kind-name-immigration-legal-aid = immigration legal aid
place-kind-name-union-hall = union hall
place-kind-name-courthouse = courthouse
place-kind-name-town-hall = town hall
place-kind-name-out-of-town = out of town
place-kind-name-park = park
place-kind-name-shelter = shelter or social service

# Travel direction as the log shows it.
direction-name-north = northbound
direction-name-east = eastbound
direction-name-south = southbound
direction-name-west = westbound

# A vehicle colour. $gender is the gender of the body it describes (body-gender-*), for a
# language whose colour words agree with their noun (Spanish "la SUV blanca", "el sedán
# blanco"); "" for the word on its own, the default variant. English colours do not agree.
colour-name-white = { $gender ->
   *[other] White
}
colour-name-black = { $gender ->
   *[other] Black
}
colour-name-silver = { $gender ->
   *[other] Silver
}
colour-name-grey = { $gender ->
   *[other] Gray
}
colour-name-blue = { $gender ->
   *[other] Blue
}
colour-name-red = { $gender ->
   *[other] Red
}
colour-name-green = { $gender ->
   *[other] Green
}
colour-name-brown = { $gender ->
   *[other] Brown
}
colour-name-yellow = { $gender ->
   *[other] Yellow
}

# A vehicle body type.
body-name-sedan = sedan
body-name-suv = SUV
body-name-pickup = pickup
body-name-hatchback = hatchback
body-name-minivan = minivan
body-name-van = van
body-name-coupe = coupe

# Never shown: the grammatical gender of each body type's noun, the key the colour words
# (colour-name-*) select on. A language whose colours agree writes its genders here
# (Spanish: masculine for el sedán, feminine for la SUV); English has none.
body-gender-sedan = none
body-gender-suv = none
body-gender-pickup = none
body-gender-hatchback = none
body-gender-minivan = none
body-gender-van = none
body-gender-coupe = none

# A fingerprint feature.
feature-name-roof-rack = roof rack
feature-name-bumper-sticker = bumper sticker
feature-name-dent = dent
feature-name-temporary-tag = temporary tag

# A finding's heading.
finding-title-home = Where you sleep
finding-title-work = Where you work
finding-title-routine = Your routine
finding-title-place = A place you go
finding-title-sensitive = A sensitive visit
finding-title-associate = Who travels with you
finding-title-prediction = Where you will be

# A ready-made life's name.
persona-name-office-parent = Parent with an office job and a school run
persona-stops-office-parent = church, a clinic visit
persona-name-hospital-nurse = Nurse on 12-hour day shifts
persona-stops-hospital-nurse = mosque, immigration legal aid
persona-name-factory-organiser = Factory worker and union organizer
persona-stops-factory-organiser = union hall, synagogue
persona-name-night-nurse = Nurse on night shifts
persona-stops-night-nurse = Hindu temple, a clinic visit
persona-name-day-labourer = Day laborer, a new job site every few days
persona-stops-day-labourer = legal aid, a court date
persona-name-student = Student with classes in Boston and a diner job
persona-stops-student = a protest, a clinic visit






# A preset's name in the policy lab.
preset-name-common-setup = Common set-up
preset-name-new-hampshire = New Hampshire RSA 261:75-b
preset-name-massachusetts-h3431 = Massachusetts H.3431 (proposed)
preset-name-maine = Maine
preset-name-virginia = Virginia HB 2724 (Va. Code 2.2-5517)
preset-name-california = California SB 34
preset-name-illinois = Illinois HB 3326
preset-name-one-year = One year


purpose-name-stolen-vehicle = stolen vehicles
purpose-name-investigation = investigations
purpose-name-missing-person = missing persons
purpose-name-immigration = immigration enforcement
purpose-name-reproductive-health = reproductive-health investigations
purpose-name-protest = protests
purpose-name-no-reason-given = searches with no reason

# The app's name.
app-name = Plate Trail

# The one-line promise under the heading.
tagline = See what a license-plate-reader network learns about one car: yours.

# Navigation labels.
nav-simulator = Simulator

nav-faq = FAQ

nav-about = About
nav-massachusetts = Massachusetts

# The link under the dossier to "Cameras on my route" (#/route, in the tools module), and that view's title.
route-title = Cameras on my route
route-teaser = How many cameras your commute passes, whose they are, and a way round them within the extra minutes you choose.
route-open = Check my route

nav-label = Main

# Footer.
footer-licence = Plate Trail is free software under the GNU AGPL 3.0. Everything runs in your browser; nothing you choose leaves it.

footer-data = The default town, its people and its cameras are fictional, generated from a seed. Imported map data is © OpenStreetMap contributors (ODbL).

# The error panel shown when the app hits a bug.
panic-title = Something went wrong

panic-body = Plate Trail hit a bug and stopped. Your choices are saved in this browser; reloading usually fixes it.

panic-reload = Reload Plate Trail

panic-details = Technical details

# The town map.
map-controls = Map controls

map-zoom-in = Zoom in

map-zoom-out = Zoom out

map-pan-west = Move west

map-pan-north = Move north

map-pan-south = Move south

map-pan-east = Move east

map-reset = Show the whole town

# Where a point is, by the nearest named place: "250 m north-east of Oak Street School" ($direction is one of n, ne, e, se, s, sw, w, nw), or "at Oak Street School" within 50 m.
map-whereabouts = { $distance } { $direction ->
    [n] north
    [ne] north-east
    [e] east
    [se] south-east
    [s] south
    [sw] south-west
    [w] west
   *[nw] north-west
} of { $place }
map-whereabouts-at = at { $place }
map-whereabouts-coordinates = at latitude { $lat }, longitude { $lon }
# Said while the visitor places a pin with the keyboard: where the map's crosshair is ($location is map-whereabouts).
map-crosshair = Crosshair { $location }.
# A pin in the map as text, and where it is: "Your home (true), 250 m north-east of Oak Street School".
map-text-pin = { $pin }, { $location }

# The map's legend.
legend-title = Map key

legend-highway = Highway

legend-arterial = Main road

legend-local = Street

legend-town-line = Town line

legend-camera = Plate camera and what it sees

legend-reading = Camera reading your plate

legend-place = Place (letter: kind)

legend-sensitive = Sensitive place (worship, clinic, union, court)

legend-homes = Houses

legend-true-home = Your home (true)

legend-true-work = Your work (true)

legend-stop = Your regular stop

legend-car = Your car

legend-guessed-home = Home they guessed, with its error circle

legend-guessed-work = Work they guessed, with its error circle

legend-guessed-place = Place they flagged

# The capture log.
log-title = The capture log: what the vendor's database holds about your plate
# The log's scrolling table, named apart from its section (a screen reader lists both).
log-rows = The capture log's rows

log-intro = Every row is one read: a camera photographed your plate and logged when, where and which way you drove, plus a vehicle fingerprint (what its AI sees besides the plate: color, make, body type, stickers). Nobody suspected you of anything; the rows are kept anyway, by default for 30 days.

log-filter = Filter rows

log-filter-placeholder = camera, operator, direction or day

log-empty = No rows yet. Drive to fill the log.

log-time = Time

log-camera = Camera

log-operator = Operator

log-direction = Direction

log-plate = Plate

log-fingerprint = Vehicle fingerprint

# Playback.
playback-label = Playback

pause = Pause

resume = Resume

skip-to-end = Skip to the end

speed = Speed

speed-slow = 1 day a second

speed-normal = 3 days a second

speed-fast = 10 days a second

timeline = Timeline

# Saving the visitor's scenario in this browser.
# After a change to a run opened from a link, which was then saved over the visitor's own.
own-run-kept = This run came from a link, and your change made it the run saved in this browser. Your own run from before is kept.
own-run-back = Back to my own run
own-run-keep = Keep this one
own-run-back-done = Your own run is back.
saved-unreadable = The scenario saved in this browser could not be read (perhaps from an older version of Plate Trail), so the default one is shown. A copy of what was saved is kept in this browser's storage under plate-trail.scenario.unreadable; your next change will be saved.

saved-unavailable = This browser does not let Plate Trail store anything (private browsing, strict privacy settings, or a page that embeds it), so your choices last only while this page is open: they will not be remembered.

dismiss = Dismiss

# The dossier.
dossier-title = The dossier: what they figured out

what-they-guessed = What they guessed

what-is-true = What is true

truth-not-compared = Nothing to compare with.

dossier-waiting = Drive to the end (or skip to it) to see what an analyst makes of the log.

dossier-nothing = With these sightings an analyst could not pin anything down. Try more days or a different home.

# What "Confidence" means, said once above the dossier's cards.
confidence-defined = Confidence: how sure the analyst's method is of its own guess (0 to 100%), not whether it is right. The routine card shows regularity instead: the share of driving days whose first read came within 20 minutes of the usual time. Each card then says Right or Wrong, checked against what really happened in the simulation; a right circle for home or work wider than a street or two (500 m) is called vague.

# The uniqueness chart.
uniqueness-title = How few sightings single out a car

uniqueness-idle = Drive to see how unique your car's trail is among the town's traffic.

uniqueness-computing = Computing how unique your car is among the whole town's traffic…

town-work-progress = Town-wide work done

town-work-on-page = This browser could not start a background worker, so the town-wide work runs on this page, in small pieces between which the page stays responsive: it takes a little longer.

dossier-analysing = The analyst is reading the log…

dossier-searching-town = Still searching the whole town's database for cars that travel with yours…

uniqueness-caption = Suppose someone knows k of a car's sightings (which camera, which hour), picked at random. Each bar is the share of the town's cars for which those k match that car and no other.

uniqueness-x-axis = sightings someone knows (k)

uniqueness-table = The chart as a table

uniqueness-k = Sightings someone knows (k)

uniqueness-share = Cars singled out
# A percentage on its own (the chart's axis and table): the sign where the language puts it,
# as locales/languages.json's percent pattern says (Spanish "93 %", with a no-break space:
# {"\u00A0"}).
percent = { $percent }%

uniqueness-citation = Research found the same with phone data: 4 places and times single out 95% of 1.5 million people (de Montjoye et al., “Unique in the Crowd”, Scientific Reports 3:1376, 2013).

# Said after a change.
home-moved = Home moved. The simulation and the dossier are updated.

work-moved = Work moved. The simulation and the dossier are updated.

# Your life: the scenario controls.
controls-title = Your life

home-place = Home

work-place = Work

spot-on-map = A spot picked on the map

pick-stop = Put the new stop at the crosshair

workdays = Workdays

days = Days to simulate

days-hint = 30 is the vendor's default retention.

seed = Seed

next-seed = Next seed

seed-hint = The seed is the number the fictional town is made from: the same seed gives everyone the same town and the same weeks.

pick-home = Put home at the crosshair

pick-work = Put work at the crosshair

# The map as text.
map-text-title = The map as text: places, cameras, your pins

map-text-pins = Your pins and their guesses

sensitive-suffix = , a sensitive place

# Marker titles.
marker-true-home = Your home (true)

marker-true-work = Your work (true)

marker-car = Your car

# The simulator view.
simulator-title = Your car, through a camera network

building-town = Building the town…

legend-home-word = Home

legend-work-word = Work

legend-place-word = A place

# A run without the visitor's car (a bug in the core).
no-commuter = The simulation lost your car. Please try another seed.

persona = A ready-made life
# Under the ready-made life's list: the chosen life's sensitive stops.
persona-stops = Sensitive stops in this life: { $stops }

# Said after choosing a ready-made life.
persona-chosen = New life chosen. The simulation and the dossier are updated.

# Work times.
shift-start = Work starts at

shift-hours = Hours at work

shift-hint = From half an hour to 16 hours; a shift may run past midnight.
# Under "Hours at work": a typed number outside the range ($min to $max hours), and the hours simulated instead.
shift-hours-out-of-range = Hours at work run from { $min } to { $max }, so { $used ->
    [one] { $used } hour is
   *[other] { $used } hours are
} simulated.
# Under "Hours at work": what was typed is not a number; the run keeps its hours.
shift-hours-not-a-number = Enter the hours at work as a number from { $min } to { $max }. The run keeps { $kept ->
    [one] its { $kept } hour
   *[other] its { $kept } hours
}.

# The plan's regular stops and the stop editor.
stops-title = Your regular stops

stops-none = No regular stops yet. Add one below.

stop-add-title = Add a stop

stop-place = Place of the new stop

stop-place-none = Choose a place

stop-purpose = What for

stop-days = Days of the stop

stop-arrive = Arrive at

stop-stay = Stay (minutes)

stop-add = Add the stop

stop-spot-name = A spot you picked on the map

stop-needs-place = Choose a place for the stop: from the list, or with “Pick the place on the map”, then a click or a tap on the map.

stop-needs-day = Choose at least one day for the stop.

stop-bad-time = Enter the arrival time as hours and minutes, for example 17:30.

stop-bad-stay = A stop lasts from 5 minutes to 72 hours (4320 minutes): enter a number of minutes in that range.

stop-too-many = That is as many regular stops as Plate Trail follows: remove one before adding another.

stop-added = Stop added. The simulation and the dossier are updated.

stop-removed = Stop removed. The simulation and the dossier are updated.

stop-place-picked = Place chosen for the new stop.

# Navigation labels of the content views.
nav-references = References

nav-action = Take action

# The Teach view (issue 13): the pages it links to are in `content/teach/`.
nav-teach = Teach

teach-intro = Materials for a 45-minute lesson in a high-school civics class or a community workshop. Each opens as a page of its own that prints cleanly on Letter or A4.

teach-lesson = Lesson plan

teach-lesson-about = goals, the warm-up, the activity with links to the exact runs, discussion questions, an exit ticket and the answers

teach-glossary = Glossary

teach-glossary-about = ALPR, hot list, NCIC, retention, Lookup, National Lookup, MOU, hit-only and more, in plain words

teach-worksheet = Student worksheet

teach-worksheet-about = questions answered by using the app, with room to write

teach-fact-sheet = Fact sheet

teach-fact-sheet-about = the key facts, with their sources, on one page

# The FAQ.
faq-intro = Short answers in plain language. Open a question to read its answer; the numbers in brackets lead to the sources.

# The references list.
references-intro = Where Plate Trail's facts come from, numbered as the app cites them, with each source's own date. Titles marked "(described)" are our own description, not the source's own title. Links open the other site only if you follow them; this page loads nothing from them.

reference-no-date = no date given
# A page that gives no date of its own (a statute, a live table): when we last checked it.
# $date is written by date-day-month-year: "checked 1 Dec 2026".
reference-checked = checked { $date }


reference-no-link = no public link

reference-secondary = Secondary source: this figure reached us through press coverage of the document, not from the document itself.

# After a title that is our own description of a source that gives none; references-intro
# names it with the same words.
reference-described = (described)

# Read by screen readers before a citation's number: "reference 3".
citation-label = reference













# Navigation labels.
nav-console = Analyst console

nav-policy = Policy lab

# While the page reloads to load the module that draws the view (the console and the
# policy lab are a module of their own).
module-loading = Opening this part of Plate Trail…

module-failed = This part of Plate Trail could not be loaded. Reload the page, or go back to the simulator.

# While a page's long text (FAQ, About, Take action) arrives.
content-loading = Loading the text…

# Shown while these views run the visitor's saved scenario.
running-simulation = Running the simulation…







default-reason = investigation



tool-lookup = Lookup

tool-attributes = Search by description

tool-multi-geo = Multi-Geo

tool-convoy = Convoy

tool-stakeout = Stakeout

tool-hot-list = Hot list























run-search = Search



























# National Lookup's reach: the one sourced range, used wherever the app gives it, and the
# figure the model counts inside it.
national-reach = Every participating agency in the country, reciprocally. In released records one nationwide search reached between 1,076 and 6,809 agencies' networks (Conway, Arkansas, 2026; Johnson County, Texas, 2025); Plate Trail counts 2,690, the most that any one federal lookup reached in the Conway records. Flock says it works with more than 5,000 police departments. Federal lookups reach local cameras this way, and in Mountain View, California, a nationwide setting was switched on without the department knowing.





















headline-analysing = An analyst is reading them now…

jump-to-results = What they found

jump-to-life = Change your life

controls-intro = Change anything here and the month runs again at once: the map, the log and the dossier follow.

# Moving a pin on purpose.
move-home = Move home

move-work = Move work

move-stop = Pick the place on the map

stop-add-hint-pick = Choose the place from the list, or press “Pick the place on the map” and tap or click it (where no place is, the stop becomes a friend's house).

move-cancel = Cancel

move-undo = Undo

move-cancelled = Nothing moved.

move-undone = Move undone. The simulation and the dossier are updated.

pick-bar-label = Move a pin on the map

# What is being placed, for the instructions.
placing-home = your home

placing-work = your work

placing-stop = the new stop

# Map instructions, one for touch screens and one for keyboards and mice.
map-touch = Drag to move the map, pinch to zoom.

map-keyboard = With the map focused: arrow keys move it (Shift for small steps), + and - zoom, 0 shows the whole town. A mouse drags and its wheel zooms.

map-touch-pick = Tap a spot to choose it. Drag to move the map, pinch to zoom.

map-keyboard-pick = Click a spot to choose it, or with the map focused move it under the crosshair with the arrow keys (Shift for small steps) and press Enter. + and - zoom, 0 shows the whole town.

# The camera control.
cameras-label = Cameras in town

real-densities = Police plate cameras mapped in real Massachusetts towns:

cameras-hint = More cameras, fewer gaps: watch how soon the dossier finds your street.
# An imported town's camera control: its cameras are the files'.
cameras-mapped-hint = These are the cameras your files map; a count is only for the fictional town.

# The share bar in the header.
share-label = Share this run

share-copy-link = Copy link

share-copied = Link copied. It opens this run (the same town, car, map and dossier) on any computer.

# The same, for a run on a town read from a map file ("Your own town"): the link names that town but cannot carry it.
share-copied-imported = Link copied. This run is on a town read from a map file, which a link cannot carry: whoever opens it needs the same map file, or this run's scenario file ("Save scenario file" under "Your own town").

share-copy-failed = This browser did not let Plate Trail copy. The link is selected here: copy it yourself (Ctrl+C, or ⌘C on a Mac).

share-link-field = Link to this run

embed-open = Embed this

# The "Embed this" dialog.
embed-title = Put this run in your page

embed-intro = Paste this HTML into a lesson page or a course site. The frame shows this run and this view without Plate Trail's header, runs in each reader's browser and sends nothing anywhere.

embed-snippet = HTML to paste

embed-copy = Copy the HTML

embed-copied = Copied.

embed-copy-failed = This browser did not let Plate Trail copy: select the HTML above and copy it yourself.

embed-close = Close

# The iframe's title in the snippet (read by screen readers on the host page).
embed-frame-title = Plate Trail: what a license-plate-reader network learns about one car

# The compact app in an iframe.
embed-open-full = Open in Plate Trail (new tab)

# The single offline file (plate-trail-offline.html: the app in one file, copied to a USB stick or a shared drive and
# opened from file://). Its footer names the build: the app's version, the git commit it was built from, the day the
# file was made.
offline-copy-label = Offline copy of Plate Trail { $version } (build { $commit }), made { $made }: it runs with no network; the website may be newer.
# The same, for a build that did not know its git commit.
offline-copy-label-no-commit = Offline copy of Plate Trail { $version }, made { $made }: it runs with no network; the website may be newer.
# "Copy link" in the offline file: the link is the file's own address on this computer.
share-copied-offline = Link copied. It names this file on this computer, so it opens this run only here (or where the same file sits at the same place).
# The Teach view in the offline file, under the list of the four sheets (which are not links there), before offline-open-elsewhere.
teach-offline = These sheets are pages of their own, not in this offline copy.
# The Present view in the offline file, in place of the link to presenter mode, before offline-open-elsewhere.
present-offline = Presenter mode is a page of its own, not in this offline copy (a browser will not start it from a file).
# After teach-offline and present-offline: where those pages open. The address is the page's on a local server (http://localhost:8000/...).
offline-open-elsewhere = Where to open: the Plate Trail website, or the full build folder served on this computer (in that folder run "python3 -m http.server 8000", then open { $address }).

## Messages with arguments. A selector `{ $n -> ... }` picks a form by the number: an exact
## number `[0]`, then the language's plural category (`[one]`), else the default `*[other]`.

# "12 of 48 rows" or "48 rows".
log-count-all = { $total ->
    [one] { $total } row
   *[other] { $total } rows
}
log-count-some = { $shown } of { $total ->
    [one] { $total } row
   *[other] { $total } rows
}
# The note under a cut-off table.
log-truncated = Showing the first { $limit } rows; filter to see others.
# Short weekday names, Monday first.
weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
# The sentence over the dossier.
dossier-intro = An analyst with access to the camera database looked only at the { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} of the capture log below, plus the vendor's search tools.
# Under the "Who travels with you" cards, when the analyst found more than the three it lists.
dossier-more-associates = { $count ->
    [one] One more plate was read beside yours on a few days, less likely than those above to travel with you: most likely it just shares your roads and hours.
   *[other] { $count } more plates were read beside yours on a few days, each less likely than those above to travel with you: most of them just share your roads and hours.
}
# One sentence under the dossier's intro: how many cameras the analyst needed (in the tests of examples/evaluate.rs on $towns towns) to place a home within 500 m in at least half of them; $needed is 0 when not even 80 did.
cameras-to-place-home = { $needed ->
    [0] Tested on { $towns } towns, even with 80 cameras this analyst placed a home within a street or two (500 m) in only { $percent }% of them; this town has { $here }.
   *[other] Tested on { $towns } towns, this analyst placed a home within a street or two (500 m) in { $percent }% of them once a town had { $needed } cameras; this town has { $here }.
}
# A card's verdict against the simulation's truth.
verdict-right = Right
verdict-wrong = Wrong
# A right home or work circle wider than a street or two (its radius over 500 m).
verdict-vague = Right, but vague
# The routine card's score: the share of driving days whose first read came within 20 minutes of the usual time.
regularity = Regularity: { $percent }%
confidence = Confidence: { $percent }%
evidence-summary = Based on { $count ->
    [one] { $count } sighting
   *[other] { $count } sightings
}
evidence-more = and { $count } more
# A distance: metres under a kilometre (rounded to 10), else kilometres with one decimal; a
# no-break space keeps the number and its unit on one line.
distance-meters = { $meters }{"\u00A0"}m
distance-km = { $km }{"\u00A0"}km
distance-under-ten-meters = under 10{"\u00A0"}m
# The town-wide work's progress: step { $step } of { $total }.
town-work-step = Step { $step } of { $total }: { $what }…
town-work-driving = driving every car in town for the whole period
town-work-indexing = indexing the vendor's database
town-work-convoys = searching it for cars that travel with yours
town-work-uniqueness = testing how few sightings single out each car
# The sentence over the uniqueness chart.
uniqueness-sentence = Knowing just { $k } of a car's sightings is enough to single out { $percent }% of the cars in this town: a trail needs no name to point at one car, and its owner.
# A number of days outside what a run can take: the nearest that fits is used.
days-out-of-range = A run lasts from 1 to { $max_days } days, so { $used ->
    [one] { $used } day is
   *[other] { $used } days are
} simulated.
days-not-a-number = Enter a whole number of days from 1 to { $max_days }. The run keeps { $kept ->
    [one] its { $kept } day
   *[other] its { $kept } days
}.
# Under a run that failed: goes back to the default run, so the visitor is never stuck.
start-again = Start again from the default run
# Said when the default run is back.
started-again = The default run is back.
# Under a run that failed because a place of the life lies off the town's map.
move-into-town = Move my places into the town
# Said when they are moved.
moved-into-town = The places off the map moved to the nearest spots in town. The simulation runs again.
seed-not-a-number = A seed is a whole number, 0 or more. The run keeps seed { $kept }.
# "Places (besides 240 houses)".
map-text-places = { $houses ->
    [0] Places
    [one] Places (besides { $houses } house)
   *[other] Places (besides { $houses } houses)
}
# A place with its kind: "St. Mary's (church)".
named-with-kind = { $name } ({ $kind })
# A place the visitor's plan adds without a name of its own, named in sentences ("The real spot (near your home)") and, capitalised, in lists.
unnamed-place-home = your home
unnamed-place-workplace = your workplace
# A stop of the visitor's where no town place is, with the place's kind: "your stop (gym)".
unnamed-place-stop = your stop ({ $kind })
map-text-cameras = { $count } plate cameras
# One camera in the map's text: "FL-07, Millbrook Police, 120 m south of Oak Street School, faces northbound traffic: read your plate 3 times".
camera-line = { $label }, { $operator }, { $location }, faces { $facing } traffic{ $reads ->
    [0] {""}
    [one] : read your plate once
   *[other] : read your plate { $reads } times
}
marker-guess = { $what } they guessed
marker-guess-off = { $what } they guessed, { $distance } from the truth
town-map-label = Map of { $town }, a fictional town
fictional-town = { $town } is a fictional town, generated from a seed: no real person's data is used.
# The line under the playback controls.
status-done = Done: cameras read your plate { $reads ->
    [one] once
   *[other] { $reads } times
}. Every read is in the log below, and the dossier shows what it gives away.
status-start = Press Drive: your car will go about its weeks, and every camera that reads your plate will flash.
status-so-far = Cameras have read your plate { $reads ->
    [one] once
   *[other] { $reads } times
} so far.
# The home or work guess.
anchor-guess-near = Within { $distance } of a spot near { $place }, worked out from { $stops ->
    [one] one stop
   *[other] { $stops } stops
}.
anchor-guess = Within { $distance } of one spot, worked out from { $stops ->
    [one] one stop
   *[other] { $stops } stops
}.
anchor-truth = The real spot is { $distance } from their guess: { $inside ->
    [yes] inside their circle
   *[no] outside their circle
}.
anchor-truth-near = The real spot (near { $place }) is { $distance } from their guess: { $inside ->
    [yes] inside their circle
   *[no] outside their circle
}.
# One weekday of the routine: "Tue: on the road 4 of 4, first read about 7:42 AM, last about 5:55 PM."
routine-day = { $day }: on the road { $driven } of { $observed }
routine-first = , first read about { $time }
routine-last = , last about { $time }
routine-end = .
routine-truth = You work { $days } from { $time }.
# The routine's and the work card's truth in a life with no workdays.
routine-no-work = You don't drive to work in this life, so there is no workplace to find.
# A list's separator: "Mon, Wed".
list-separator = ,{" "}
# A place guess: "Went to St. Mary's (church) 4 times."
place-guess = Went to { $place } { $visits ->
    [one] once
   *[other] { $visits } times
}.
# The last two of a list of alternatives: "A, B or C".
list-or = { $rest } or { $last }
list-and = { $rest } and { $last }
sensitive-flag-guess = Probably at { $places } ({ $stops ->
    [one] one stop
   *[other] { $stops } stops
}).
sensitive-flag-maybe = May have been at { $places } ({ $stops ->
    [one] one stop
   *[other] { $stops } stops
}).
sensitive-flag-none = You went to none of these places then: a wrong flag, which an analyst could still act on.
sensitive-flag-one = Right: you were there.
sensitive-flag-all = Right about all { $stops } stops.
sensitive-flag-some = Right about { $right } of the { $stops } stops.
place-truth = { $visits ->
    [0] You never went there: a wrong guess, which an analyst could still act on.
    [one] You went there once.
   *[other] You went there { $visits } times.
}
associate-guess = Plate { $plate } travels with you: read right next to yours { $together ->
    [one] once
   *[other] { $together } times
}, on { $days ->
    [one] { $days } day
   *[other] { $days } days
}, at { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
}.
associate-truth-yes = True: that car really travels with you (a carpool or your partner).
associate-truth-no = Not true: a stranger who happens to share your roads and hours.
prediction-guess = Next { $day } around { $time } your car will pass camera { $camera }: { $percent }% likely. Someone waiting there would find you.
prediction-came-true = It came true: the next { $day }, your car passed { $camera } at { $time }.
prediction-missed = Not that time: the next { $day }, your car did not pass { $camera } then.
stop-title = Your regular stop: { $purpose }
# One stop of the plan: "Gym at Ironworks Fitness: Mon, Wed, 17:50 for 60 min".
stop-line = { $purpose } at { $place }: { $days }, { $time } for { $stay }
stay-minutes = { $minutes }{"\u00A0"}min
stay-hours = { $hours }{"\u00A0"}h
stay-hours-minutes = { $hours }{"\u00A0"}h{"\u00A0"}{ $minutes }{"\u00A0"}min
stop-set-days = { $count ->
    [0] on no day of this run
    [one] on one day of the run
   *[other] on { $count } days of the run
}
stop-remove = Remove the { $purpose } at { $place }
last-checked = Last checked against the sources: { $date }.

# A date as the references list and the "last checked" line write it (CLDR's medium date):
# $day 1 to 31, $month 1 to 12 (choose each month's short name), $year as it is written.
date-day-month-year = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
# A date written out in a sentence (CLDR's long date): "exported on 4 October 2026". The
# same variables as date-day-month-year.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# A date known only to the month: "May 2025".
date-month-year = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
content-failed = This page's text ({ $page }) could not be loaded. Check the connection and reload the page; everything else works without it.
scope-own = This department
scope-statewide = Statewide
scope-national = Nationwide
scope-label = { $what } ({ $networks ->
    [one] { $networks } network
   *[other] { $networks } networks
})
bad-plate = “{ $typed }” is not a plate: use 1 to 7 letters and digits, e.g. 4KTR217.
lookup-summary = { $plate }: { $reads ->
    [one] { $reads } read
   *[other] { $reads } reads
} by { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
} in the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
camera-reads = { $reads ->
    [one] read it once
   *[other] read it { $reads } times
}
hit-detail = { $look }; { $reads ->
    [one] { $reads } matching read
   *[other] { $reads } matching reads
}
attribute-summary = { $vehicles ->
    [one] { $vehicles } vehicle matches the description.
   *[other] { $vehicles } vehicles match the description.
}
multi-geo-detail = seen near { $areas } of the places; { $reads ->
    [one] { $reads } read
   *[other] { $reads } reads
}
multi-geo-summary = { $vehicles ->
    [one] { $vehicles } vehicle was seen
   *[other] { $vehicles } vehicles were seen
} near both { $places }.
convoy-detail = passed the same camera within minutes { $together ->
    [one] { $together } time
   *[other] { $together } times
}, on { $days ->
    [one] { $days } day
   *[other] { $days } days
}, at { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
}
convoy-summary = { $vehicles ->
    [one] { $vehicles } vehicle traveled with { $plate }.
   *[other] { $vehicles } vehicles traveled with { $plate }, most often first.
}
# A stakeout's result, the moment it starts from in parts: $day is the run's day number,
# $weekday its short name (weekday-short-*), $time the clock (as the language writes it)
# and $hour the hour of the day, 0 to 23, for a language whose words change with it
# (Spanish "a la 1:00", "a las 13:00").
stakeout-summary-from = { $vehicles ->
    [one] { $vehicles } vehicle was seen
   *[other] { $vehicles } vehicles were seen
} near { $place } from Day { $day } ({ $weekday }) { $hour ->
   *[other] at
} { $time }.
alert-detail = ALERT: { $plate } passed camera { $camera }
hot-list-summary = { $plate } is on the hot list: { $alerts ->
    [one] { $alerts } alert
   *[other] { $alerts } alerts
}, one each time it passed a camera, in time order.
understood = Searching for: { $words }.
not-understood = {" "}Not understood: { $words }.
rank = #{ $rank }{" "}
agencies = { $count ->
    [one] { $count } agency
   *[other] { $count } agencies
}
agencies-about = about { $count } agencies
comparison-nothing-listed = Under the common set-up the analyst could list nothing about your car here, so these rules have nothing to take away.
comparison-nothing-lost = { $kept ->
    [one] These rules take nothing away: the one finding listed under the common set-up remains.
   *[other] These rules take nothing away: all { $kept } findings listed under the common set-up remain.
}
comparison-all-lost = { $lost ->
    [one] These rules take away the one finding listed under the common set-up.
   *[other] These rules take away all { $lost } findings listed under the common set-up.
}
comparison-some-lost = These rules take away { $lost } of the { $listed } findings listed under the common set-up; { $kept } { $kept ->
    [one] remains
   *[other] remain
}.
# A moment of the run: "Day 2, Tue 7:42 AM" ($time is written the language's way: languages.json's clock).
format-minute = Day { $day }, { $weekday } { $time }
# The very end of a run of whole days, which a 12-hour clock cannot write as 24:00.
format-end-of-day = Day { $day }, { $weekday }, end of day
# A vehicle fingerprint: colour, make, model, body; then its features after commas.
fingerprint = { $colour } { $make } { $model } { $body }
headline-reads = { $reads ->
    [0] No camera read your plate
    [one] Cameras read your plate once
   *[other] Cameras read your plate { $reads } times
} in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
# The same sentence for the generated town (not an imported real one): it says at once, at
# the top of the simulator, that the town is made up.
headline-reads-fictional = { $reads ->
    [0] No camera in this fictional town read your plate
    [one] Cameras in this fictional town read your plate once
   *[other] Cameras in this fictional town read your plate { $reads } times
} in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
headline-nothing = From those reads alone, an analyst could not pin down your home or your work.
headline-findings = From those reads alone, an analyst { $anchors }{ $flags ->
    [0] {""}
    [one] , and flagged { $flags } possible visit to a sensitive place (worship, clinic, union, court)
   *[other] , and flagged { $flags } possible visits to sensitive places (worship, clinic, union, court)
}.
headline-home-and-work = put your home { $home } and your work { $work } from where they really are
headline-home = put your home { $home } from where it really is
headline-work = put your work { $work } from where it really is
headline-neither = could not pin down your home or your work
watch-days = { $days ->
    [one] Watch the day drive by
   *[other] Watch the { $days } days drive by
}
drive-over = The drive is over: cameras read your plate { $reads } times. The dossier shows what they figured out; the button "{ $button }" takes you there.
placing-touch = Tap the map where { $what } should be.
placing-keys = Click the map where { $what } should be, or move the map under the crosshair with the arrow keys and press Enter.
placing-started = Choosing where { $what } should be: the map has the focus. Arrow keys move it under the crosshair, Enter chooses; or tap or click the map.
# `what` is the pin's name without "your", with a capital: "Home moved."
moved = { $what } moved.
town-density = { $cameras } cameras on { $town }'s { $area }{"\u00A0"}km²: { $per_km } per{"\u00A0"}km².
real-density = { $town }: { $cameras } on about { $area }{"\u00A0"}km², { $per_km } per{"\u00A0"}km²
as-dense-as = As dense as { $town }: { $cameras } cameras
# Why a share link could not be opened as it was.
# A route in the address (`#/letter`) that names no page; the simulator is shown in its place.
unknown-page = Plate Trail has no page at “{ $address }”, so the simulator is shown.
link-problem = This link could not be opened as it was: { $why }.
# Said after the link's problems when its run could not be opened.
link-shown-default = The default run is shown instead.
link-shown-saved = Your own run, as saved in this browser, is shown instead.
# A number a link gives out of the range its control takes.
link-out-of-range-between = its { $what } is "{ $value }", and Plate Trail runs { $low } to { $high }
# A link whose check does not match what it names: cut short, or edited by hand.
link-changed = This link was cut short or changed after Plate Trail made it, so it may not open the run it was made for: it is opened as it reads now. If it came from someone, ask them for the whole link.
link-too-long = it is far too long ({ $bytes } characters), so it was not read
link-unknown-version = it was made by a newer version of Plate Trail (format { $version })
link-out-of-range = its { $what } ("{ $value }") is not a number Plate Trail can run
link-setting-version = format version
link-setting-seed = seed
link-setting-days = number of days
link-setting-cameras = number of cameras
link-setting-population = number of cars
link-unknown-persona = it names a life Plate Trail does not have ("{ $name }")
link-unknown-policy = it names a policy the lab does not have ("{ $name }")
link-unknown-language = This link asks for a language Plate Trail does not have yet ("{ $code }"), so it is shown in English.
link-broken-life = the life it carries was cut short or changed
link-place-off-town = the life it carries puts its home, workplace or a stop off the town's map
link-malformed = part of it is not in Plate Trail's link format (cut short, or changed by hand)

# A place kind with its article, as the letter lists them: "a church", "an office park".
place-kind-article-home = a home
place-kind-article-friends-house = a friend's house
place-kind-article-hospital = a hospital
place-kind-article-school = a school
place-kind-article-daycare = a daycare
place-kind-article-factory = a factory
place-kind-article-office-park = an office park
place-kind-article-store = a store
place-kind-article-grocery = a grocery
place-kind-article-gym = a gym
place-kind-article-bar = a bar
place-kind-article-restaurant = a restaurant
place-kind-article-church = a church
place-kind-article-mosque = a mosque
place-kind-article-synagogue = a synagogue
place-kind-article-temple = a temple
place-kind-article-reproductive-health-clinic = a reproductive health clinic
place-kind-article-immigration-legal-aid = an immigration legal aid
place-kind-article-union-hall = a union hall
place-kind-article-courthouse = a courthouse
place-kind-article-town-hall = a town hall
place-kind-article-out-of-town = a place out of town
place-kind-article-park = a park
place-kind-article-shelter = a shelter or social service

# A regular stop's purpose, as the stop editor names it.
stop-purpose-school-drop-off = school drop-off
stop-purpose-gym = gym
stop-purpose-grocery = grocery run
stop-purpose-worship = weekly worship
stop-purpose-clinic = clinic visit
stop-purpose-legal-aid = legal aid appointment
stop-purpose-union-meeting = union meeting
stop-purpose-protest = protest
stop-purpose-friend = friend's house
stop-purpose-weekend-trip = weekend trip
stop-purpose-job-site = job site
stop-purpose-court-hearing = court hearing
stop-purpose-night-out = night out
stop-purpose-part-time-job = part-time job
stop-purpose-errand = errand
skip-to-content = Skip to content

# The page's description (index.html), as search results show it. The title names the view shown (app.rs).
page-description = See what a license-plate-reader camera network learns about one car. Runs entirely in your browser.
# The language picker in the header.
language-label = Language
language-failed = This language could not be loaded. Check the connection and try again; the page stays in the language it had.

## A real town from a map file (issue 15): the town picker, the import, its problems, the scenario file.
# A saved run on an imported town that this browser no longer holds.
town-file-not-here = Your last run was on a town read from a map file, which this page no longer holds. Here is the made-up town; to go back, load the map file or a scenario file under "Your own town".
# A received link's run on an imported town the page does not hold, naming the town from the link.
town-file-not-here-link = This link's run was on { $town }, a town imported from map files, which a link cannot carry. Here is the made-up town instead; to see that run, load the town's map file or its scenario file under "Your own town".
# The same, for a link that names no town.
town-file-not-here-link-unnamed = This link's run was on a town imported from map files, which a link cannot carry. Here is the made-up town instead; to see that run, load the town's map file or its scenario file under "Your own town".
# A run whose imported town the page (or worker) does not hold.
town-file-needed = This run is on { $town }, a town read from a map file that a link cannot carry: load that map file, or the run's scenario file, under "Your own town".
# The same, for a link that names no town.
town-file-needed-unnamed = This run is on a town read from a map file, which a link cannot carry: load that map file, or the run's scenario file, under "Your own town".
# The visitor's own run (not a link's) on an imported town whose copy this browser kept and then lost (cleared, or no longer readable): the console and the policy lab.
town-copy-lost = Your run is on { $town }, a town read from a map file, and this browser no longer has the copy it kept (a browser may clear what a page stores). Load that map file, or the run's scenario file, again to see the run here.
# The link under that message (and under town-file-needed) to "Your own town" (#/import).
town-file-load = Open "Your own town" to load it
# The simulator's link to "Your own town" (#/import), where a real road map is imported.
import-open = Run this on your own town's real streets and cameras



# A camera whose operator the map does not name (the capture log, Cameras on my route).
route-operator-unknown = operator not mapped
