# Plate Trail: the tools module's own strings (English, the reference language): Massachusetts
# today and Cameras on my route. Only the tools module draws them, so their English is a table
# of its own, left out of the first visit's page (build/locales.rs). See locales/README.md.

## Massachusetts today (#/massachusetts)

ma-title = Massachusetts today: the mapped cameras

ma-intro = Every plate-reading camera volunteers have mapped in Massachusetts, drawn over the state's outline: who runs them, and what a network as dense as a real town's finds out about one car.

ma-loading = Loading the map of Massachusetts' cameras…

# The camera file or the outline could not be read or fetched; $reason says why.
ma-failed = The camera map could not be loaded ({ $reason }). Reload the page to try again; the rest of Plate Trail works without it.

# A data file of the site could not be fetched; $path is its name, such as data/massachusetts-alpr.json.
ma-data-failed = { $path } could not be fetched; check the connection

# The attribution; $exported is the export's date, written by date-long ("4 October 2026"). Keep "surveillance:type=ALPR" as it is: it is the tag.
ma-attribution = Camera positions © OpenStreetMap contributors, under the Open Database License (ODbL): the nodes tagged surveillance:type=ALPR, the data DeFlock shows, exported on { $exported }.

ma-outline-credit = State outline: U.S. Census Bureau cartographic boundaries (public domain), via us-atlas.

# "1,221 cameras mapped; 998 of them name who runs them, 101 operators in all."
ma-totals = { $cameras } cameras mapped; { $named } of them name who runs them, { $operators } operators in all.

ma-floor-note = A floor, not a count. The map is crowdsourced: it holds only the cameras volunteers have spotted and tagged, so the real number can only be higher, and a camera with no operator tagged is still someone's.

ma-floor-flock = More than 40 Massachusetts police departments contract with Flock.

# The map's accessible name.
ma-map-label = Map of Massachusetts with { $cameras } mapped plate-reading cameras. The tables below list them by operator.

# The map's accessible name while searching; $matching cameras are those of the operators found.
ma-map-label-search = Map of Massachusetts with { $cameras } mapped plate-reading cameras; the { $matching } of the operators searched for are drawn larger and darker. The tables below list them.

ma-search-label = Search by operator

ma-search-hint = Part of a name, such as “police”, “Lowell” or “Home Depot”. The table and the map follow as you type.

ma-search-clear = Clear

# Announced after each search; $query is what the visitor typed.
ma-search-result = { $operators ->
    [0] No operator matches “{ $query }”.
    [one] { $operators } operator matches “{ $query }”, with { $cameras } cameras.
   *[other] { $operators } operators match “{ $query }”, with { $cameras } cameras.
}

ma-operators-caption = Cameras by operator (most first)

ma-column-operator = Operator

ma-column-cameras = Cameras

ma-column-makers = Made by

ma-column-facing = Facing

ma-column-where = Where (lon, lat)

ma-no-operator = (no operator tagged)

# A camera's maker or facing that the map does not give.
ma-not-tagged = not tagged

ma-cameras-caption-all = The { $count } cameras of the operators found

ma-cameras-caption-first = The first { $shown } of the { $count } cameras of the operators found

ma-density-title = Run the simulator as dense as a real town

ma-density-intro = The simulated town is about the size of a small city. Pick a town whose police cameras are mapped above, and the simulator runs your month under a network as dense as that town's.

ma-density-town-label = Town

# The button: "Start a run as dense as Lowell (24 cameras)".
ma-start-run = Start a run as dense as { $town } ({ $cameras } cameras)

## Cameras on my route (#/route)

route-intro = Your commute, home to work and back: how many cameras it passes, whose they are, and a way round them if you will drive a few minutes longer. Route planners built on the crowdsourced camera map do this for real roads.

route-budget-label = Extra minutes you would drive, each way, to pass fewer cameras

# Said beside the field when what was typed is not a whole number from 0 to the most allowed.
route-budget-problem = Enter a whole number of minutes from 0 to { $max }. The check uses { $used ->
    [one] { $used } minute
   *[other] { $used } minutes
}.

route-check = Check my route

route-working = Finding the routes, then driving your month again and asking the analyst…

route-only-commute = Only the commute changes: errands and other trips still take the quickest way, and the cameras at your own driveway read you either way.

route-to-work = Home to work

route-to-home = Work to home

route-fastest = Fastest

route-avoiding = Fewest cameras

route-no-commute = No road leads from your home to your work in this town.

# One way's route: "12 min, 3 cameras".
route-summary = { $minutes }{"\u00A0"}min, { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
}

# The avoiding route, with the minutes it adds: "16 min (+4), 1 camera".
route-summary-extra = { $minutes }{"\u00A0"}min (+{ $extra }), { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
}

# One operator in the list of whose cameras a route passes: "Millbrook Police Department: 2".
route-operator = { $operator }: { $cameras }

route-operators-none = none


# The round trip in one sentence (also announced).
route-round-trip-none = Your commute passes no camera, either way: only your other trips are read.

route-round-trip-no-way-round = Within { $budget } extra minutes each way there is no way round: the round trip passes { $fastest } cameras either way.

route-round-trip = A round trip passes { $fastest ->
    [one] { $fastest } camera
   *[other] { $fastest } cameras
} the fastest way, { $avoiding } the way round, for { $extra ->
    [one] { $extra } extra minute
   *[other] { $extra } extra minutes
} a day.

# What the analyst gets from the month; $home and $work are the route-home-… and route-work-… sentences.
route-analyst-fastest = Driving the fastest way: the vendor holds { $reads } reads of your car in the month; { $home }; { $work }.

route-analyst-avoiding = If every commute goes the way round: the vendor holds { $reads } reads of your car in the month; { $home }; { $work }.

route-home-none = home: no guess

route-home = home guessed { $distance } from the truth

route-home-judged = home guessed { $distance } from the truth, { $inside ->
    [yes] inside their circle
   *[no] outside their circle
}

route-work-none = work: no guess

route-work = work guessed { $distance } from the truth

route-work-judged = work guessed { $distance } from the truth, { $inside ->
    [yes] inside their circle
   *[no] outside their circle
}

# The worker could not answer; $reason says why.
route-failed = The routes could not be worked out: { $reason }

route-back = Back to the simulator

## Your own town (#/import): the town picker, the import, its problems, the scenario file.

# The town picker's heading.
town-picker-title = Your own town
# What the town picker does, and that the files stay in the browser.
town-picker-intro = Run all of this on real streets: pick or drop a road map exported from OpenStreetMap (.osm from openstreetmap.org's Export or JOSM, Overpass .json, or a small .osm.pbf extract), and if you have one, a camera file (DeFlock's .kml, .geojson or .csv). Or load a scenario file saved here. The files are read in this browser and never uploaded.
# The file button's label.
town-pick-files = Choose map and camera files
# The drop zone's hint.
town-drop-hint = or drop them here
# After the town is read, while the page draws it.
town-drawing = Drawing your town
# Back to the generated town.
town-back-to-made-up = Back to the made-up town
# Saves the imported town, its cameras and the visitor's life as a file.
save-scenario-file = Save scenario file
# What the saved file is for.
save-scenario-file-hint = The file holds this town, its cameras and your life in it: load it here on another computer (a share link cannot carry a town).
# Where no worker can start: only the worker reads map files.
import-needs-worker = this browser could not start the background worker that reads map files; try a current Chrome, Firefox or Safari
# The browser would not hand over a picked file's bytes.
import-unreadable = the browser cannot read this file
# A file over the size limit, refused before it is read.
import-too-large = the file is { $size } bytes, more than the { $limit } a map or camera file may have
# A camera file alone.
import-cameras-alone = a camera file needs a road map with it: pick the road map and the camera file together
# More than two files.
import-too-many-files = pick one road map and at most one camera file
# The browser refused to save the scenario file.
scenario-file-download-refused = the browser refused the download
# The import's progress bar's label.
import-progress = Reading your town: { $percent }%
# What the import found.
town-imported = { $town }: { $road_km }{"\u00A0"}km of road and { $places ->
    [one] { $places } named place
   *[other] { $places } named places
}. Cameras: { $snapped } on its roads of { $read } read, { $unmatched } too far from any road to place.
# A failed import: which file, what is wrong, what to try.
import-problem = { $file }: { $what }. Try an OpenStreetMap export of a smaller area (.osm, Overpass .json or .osm.pbf) and, for cameras, DeFlock's .kml, .geojson or .csv. Your current town is unchanged.
# A scenario file that cannot be loaded.
scenario-file-problem = { $file }: { $what }. Save it again from Plate Trail, or load its map file instead. Your current town is unchanged.
# A file that could not be read because the browser cannot run the importer (the file may be fine).
browser-problem = { $file }: { $what }. The file itself may be fine. Your current town is unchanged.
# A scenario file that is not one, or is broken.
scenario-file-broken = this is not a readable Plate Trail scenario file ({ $detail })
# A scenario file from a newer Plate Trail.
scenario-file-newer = this scenario file is version { $version }, from a newer Plate Trail than this one (version { $ours }); open it with the newer Plate Trail or reload this page for the newest
# Why the importer refused a file (the worker finds it, the page words it).
import-error-empty = the file is empty
import-error-too-large = the file is { $size } bytes, more than the { $limit } this format may have
import-error-too-many = the file holds more than { $limit } { $what ->
    [nodes] map points (OpenStreetMap nodes)
    [ways] roads and paths (OpenStreetMap ways)
   *[cameras] cameras
}
import-error-not-a-road-network = this is not a road map: Plate Trail reads OpenStreetMap XML (.osm), Overpass JSON or OSM PBF (.osm.pbf)
import-error-not-a-camera-file = this is not a camera file: Plate Trail reads KML, GeoJSON, or CSV with lon and lat columns
# A broken file; the file reader's own technical detail (in English) is quoted.
import-error-malformed = this { $format } file is broken (the file reader says: “{ $detail }”)
import-error-no-roads = the file has no road a car may use (OpenStreetMap highway=* ways); export an area with streets
import-error-no-cameras = the file lists no camera with a position
# A failed import whose cure is another export or another format.
import-problem-format = { $file }: { $what }. Export it again, or pick an OpenStreetMap road map (.osm, Overpass .json or .osm.pbf) and, for cameras, DeFlock's .kml, .geojson or .csv. Your current town is unchanged.
# A failed import with nothing to try beyond what it says.
import-problem-plain = { $file }: { $what }. Your current town is unchanged.
# A scenario file changed by hand: what in it no Plate Trail saves.
scenario-file-implausible = this scenario file holds { $what ->
    [no-roads] a town with no roads
    [road] a road with an impossible length or speed
    [camera] a camera with an impossible chance of reading a plate
    [long-name] a town name longer than { $most } characters
   *[settings] settings Plate Trail's controls cannot make (days, cameras, cars, times, or places off the town)
}, so it was not loaded

## Your own town on the simulator (only the import view shows a real town).
# Said when the imported town's run starts.
town-chosen = Your town is on the map. The run starts.
# Said when the made-up town is back.
made-up-town-chosen = The made-up town is back.
# The line over the map for a town read from a map file, with the data's attribution.
real-town = { $town } is a real town, read from your map file: its streets, places and cameras are real; its people and cars are simulated. { $attribution }.
# The map's label for a town read from a map file.
real-town-map-label = Map of { $town }, from your map file

## The analyst console and the policy lab (the tools module), moved from text.ftl so a first visit's
## language file leaves them out.
# The console.
console-title = Analyst console
console-intro = Sit at the vendor's search screen. These are the kinds of tools an agency's officers get, run here on your simulated town's database: the same sightings the simulator made of your car and of every other car. Each search is written to an audit log, as real systems do.
console-map-label = Town map with the cameras behind the search results
console-map-note = Lit cameras are the ones whose reads the results rest on; circles are the areas searched.
searched-area = Area searched
console-officer = You (Ofc. Visitor #000)
# While the town-wide worker simulates the whole town for the console.
console-database-loading = Loading the vendor's database for the whole town… (every car, every camera read)
# Tool names.
tool-picker = Search tool
# What each tool does.
about-lookup = Every camera that read a plate in the last 1, 7, 14 or 30 days.
about-attributes = Find cars with no plate at all, from a description: color, body type, roof rack, stickers, where and when. The vendor advertises this as searching by “vehicle fingerprint” and in plain words.
about-multi-geo = Every car seen near both of two places.
about-convoy = Cars that pass the same cameras within minutes of a target car, again and again: who travels with whom.
about-stakeout = Every car seen near one place in a time window, such as a protest at the town hall. Searches tied to protests have been documented.
about-hot-list = Put a plate on a hot list (a list of wanted plates that every read is checked against) and every camera it passes raises an alert, in real time.
# Form fields.
field-plate = Plate
field-lookback = How far back
field-description = Describe the vehicle
description-hint = Filled in from your car and a place it went, with no plate. Try your own: colors, body types (SUV, sedan, pickup...), roof rack, bumper sticker, dent, “near the clinic”, “last Tuesday”, “in the morning”.
field-first-place = First place
field-second-place = Second place
field-target-plate = Target plate
field-window = Minutes either side of each read
field-min-cameras = At least this many different cameras
field-place = Place
field-day = Day
field-from-hour = From (hour, 0-23)
field-hours = For how many hours
# A console number field given text that is no whole number: the search keeps its value.
console-number-not-a-number = Enter a whole number from { $min } to { $max }. The search keeps { $kept }.
# A console number field given a number out of its range: the nearest one is used.
console-number-out-of-range = This field takes { $min } to { $max }, so the search uses { $used }.
field-hot-plate = Plate to put on the hot list
field-reason = Reason (goes in the audit log)
field-scope = Networks to search (a network is one agency's cameras)
no-camera-near = No camera covers one of these places, so the network cannot search there. Pick another place.
no-such-place = Pick a place on the map's list to stake out.
# Result sentences.
results-title = Results
results-empty = Pick a tool and press Search. The forms are filled in from your simulation, so one click shows what each tool does.
commuter-not-found = Your car is not among the hits.
tag-your-car = your car
tag-companion = really travels with you
results-list = Search results
# The audit log.
audit-title = Audit log
audit-empty = No searches yet. Every search you run is logged here.
audit-note = Real audit logs record the agency, the officer, a free-text reason, the search and how many networks it reached; federal lookups against one Arkansas city each reached more than a thousand networks. The reason is whatever the officer types. Since December 2025 the network logs other agencies see leave out officer names, plates and vehicle-fingerprint details.
audit-agency = Agency
audit-officer = Officer
audit-type = Search
audit-subject = For
audit-networks = Networks searched
audit-results = Results
audit-no-reason = (none given)
# The policy view.
policy-title = Who can see it, and what rules would change
policy-intro = The vendor keeps reads for 30 days by default, and a department can share them with others, up to every participating agency in the country. Here is who that lets in, and what shorter retention, hit-only storage (keeping only reads of wanted plates), less sharing or fewer cameras would leave an analyst knowing about your car.
# Who can see it.
who-title = Who can see it
who-intro = The department that runs the cameras picks a sharing setting. Each wider setting lets more agencies query your car's reads; in 2016-17 records of another vendor's network (Vigilant Solutions' LEARN), agencies shared with at least 160 others on average.
who-diagram-caption = Agencies that can query your car's reads under each sharing setting (bars on a log scale; the list below gives the details). The highlighted bar is the setting chosen in the policy lab.
# The lab.
lab-title = Policy lab
lab-intro = Pick a real law or move the levers. The analyst is re-run on what the database would still hold at the end of your simulation; the left column is the common set-up: Flock's 30 days with National Lookup switched on, as about three agencies in four run it.
lab-controls-title = Rules
lab-presets = Start from a law or contract
lab-retention = Keep reads for
lab-hit-only = Store only reads that match a hot list (a list of wanted plates)
lab-sharing = Sharing
lab-cameras = Cameras running
# The comparison.
comparison-title = What an analyst can still tell
col-what = About your car
col-before = Common set-up (30 days, National Lookup)
col-after = Under these rules
row-reads = Reads held
row-home = Home
row-work = Work
row-places = Places
row-sensitive = Sensitive visits
row-associates = Who travels with you
row-who = Who can query it
not-found = None: cannot tell
days-label = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
day-option = Day { $day } ({ $weekday })
more-rows = And { $more } more not listed.
audit-count = { $count ->
    [one] { $count } search logged.
   *[other] { $count } searches logged.
}
# The analyst console: why a typed description could not be searched. The description is
# read in English, Spanish or Portuguese words (colours, body types, "near the clinic",
# "last Tuesday").
query-empty = Describe a vehicle, e.g. “silver SUV with roof rack near the clinic last Tuesday”.
query-unknown-place = No place called “{ $place }” on this map. Try a kind such as “clinic” or “church”.
query-no-camera-near = No camera within { $meters }{"\u00A0"}m of { $place }, so the network cannot search there.
# The analyst console's description search, which reads English, Spanish and Portuguese
# words alike. The example it fills in from the visitor's car: its look ($colour, $make and
# $body as the capture log names them), a feature, the place it went ($kind: one variant per
# kind of place the search knows, each a phrase the search reads back as that kind) and the
# day ($weekday). The same phrases say what the search understood.
description-look = { $colour } { $make } { $body }
description-with = { $look } with { $feature }
description-near = { $kind ->
   *[reproductive-health-clinic] near the clinic
    [church] near the church
    [mosque] near the mosque
    [synagogue] near the synagogue
    [temple] near the temple
    [hospital] near the hospital
    [school] near the school
    [daycare] near the daycare
    [factory] near the factory
    [office-park] near the office park
    [store] near the store
    [grocery] near the grocery
    [gym] near the gym
    [bar] near the bar
    [restaurant] near the restaurant
    [union-hall] near the union hall
    [courthouse] near the courthouse
    [town-hall] near the town hall
    [immigration-legal-aid] near the immigration legal aid
    [park] near the park
    [shelter] near the shelter
}
search-last-day = { $weekday ->
   *[mon] last Monday
    [tue] last Tuesday
    [wed] last Wednesday
    [thu] last Thursday
    [fri] last Friday
    [sat] last Saturday
    [sun] last Sunday
}
understood-time-of-day = { $part ->
   *[morning] in the morning (5 AM to noon)
    [afternoon] in the afternoon (noon to 5 PM)
    [evening] in the evening (5 PM to 10 PM)
    [night] at night (10 PM to 5 AM)
}
understood-near = near { $places }
understood-today = today
understood-yesterday = yesterday
understood-this-week = this week
understood-last-week = last week
understood-last-days = the last { $days ->
    [one] day
   *[other] { $days } days
}

## Moved from text.ftl (used only by the tools module: the letter, the console, the policy lab).
# The letter on the Take action page.
letter-title = A letter to your local officials
letter-intro = Plate Trail writes this letter from your own simulation results. Copy it into an e-mail or print it, fill in the parts in [brackets], and send it to your select board or city council. Nothing is sent from here.
letter-run-first = Run the simulator first: the letter is written from your own results.
letter-go-to-simulator = Go to the simulator
letter-preview-sample = Preview with sample numbers
letter-sample-note = Sample numbers, not your results. Run the simulator to write the letter from your own.
letter-sources = Sources for the letter's facts (30-day retention, search by description, a search log that records a typed reason rather than a warrant, New Hampshire's law):
letter-copy = Copy the letter
letter-print = Print the letter
letter-copied = Copied. Paste it into an e-mail or a document and fill in the parts in [brackets].
letter-copy-failed = Your browser did not let Plate Trail copy the letter. Select the text above and copy it yourself.
letter-print-failed = Your browser did not open its print dialog. Use its own Print command: only the letter is printed.
commuter-found = Your car is among the hits, found without its plate.
audit-reason = Reason
comparing = Re-running the analyst under these rules…
console-database = The database holds { $reads ->
    [one] { $reads } read
   *[other] { $reads } reads
} of { $plates ->
    [one] { $plates } plate
   *[other] { $plates } plates
} from { $days ->
    [one] { $days } simulated day
   *[other] { $days } simulated days
}.
search-millis = The search took { $millis } ms in your browser.
camera-percent = { $percent ->
    [100] All of them
   *[other] { $percent }% of them
}
banned-note = These rules also forbid sharing for { $purposes }. That limits why others may search, not what the database holds, so the dossier does not change.

## Who can search the reads and the policy presets (the policy lab only).
sharing-slug-none = none
sharing-slug-one-to-one = one-to-one
sharing-slug-vendor-contract-clause = vendor-clause
sharing-slug-radius = radius
sharing-slug-statewide = statewide
sharing-slug-national = national
sharing-short-none = No sharing
sharing-short-one-to-one = One-to-one
sharing-short-vendor-contract-clause = Vendor clause
sharing-short-radius = Radius
sharing-short-statewide = Statewide
sharing-short-national = National Lookup
sharing-label-none = No sharing
sharing-label-one-to-one = One-to-one with a partner
sharing-label-vendor-contract-clause = No sharing, but the vendor's contract clause
sharing-label-radius = Within a radius
sharing-label-statewide = Statewide
sharing-label-national = National Lookup (every participating agency in the country)
agency-kind-name-town-police = The town's police
agency-kind-name-neighbour-police = Neighboring police
agency-kind-name-state-police = State police
agency-kind-name-statewide-agency = Other departments in the state
agency-kind-name-national-lookup-agency = Agencies in other states
agency-kind-name-federal-agency = Federal agencies
agency-kind-name-vendor = The vendor
# The "who can see it" list: a group's agencies, where the map names none.
access-example-neighbouring-department = a neighboring town's police department
access-example-state-police = the Massachusetts State Police
access-example-other-departments-in-state = Massachusetts police departments on Flock
access-example-departments-in-other-states = every one that switched on National Lookup
access-example-federal-through-local = searching through local departments' access
access-example-vendor-and-whoever = Flock Safety, and whoever it discloses the data to
# Where a group of the "who can see it" list, and its count, come from.
access-source-runs-the-cameras = the department that runs the cameras
access-source-one-partner = one partner the department chooses
access-source-within-the-radius = the agencies within the radius the department chose
access-source-statewide-contracts = ACLU of Massachusetts: more than { $count } departments in the state contract with Flock; { $count } here
access-source-federal-lookups = Conway, Arkansas audit records, 2026: each federal lookup searched more than a thousand networks
access-source-vendor-contract = ACLU: the default contract lets Flock disclose the data "for investigative purposes"
access-source-national-searches = released records: one nationwide search reached { $fewest } to { $most } networks (Conway, Arkansas, 2026; Johnson County, Texas, 2025); { $counted } here, the most any one federal lookup reached in the Conway records
retention-label-three-minutes-unless-hit = 3 minutes unless a hit
retention-label-forty-eight-hours = 48 hours
retention-label-twenty-one-days = 21 days
retention-label-thirty-days = 30 days
retention-label-one-year = 1 year
sharing-explained-none = Only the department that runs the cameras can search them.
sharing-explained-one-to-one = The department shares with one agency it names.
sharing-explained-vendor-contract-clause = The department shares with no one, yet the vendor's default agreement gives the vendor a worldwide, perpetual right to disclose agency data “for investigative purposes”. Boston negotiated this clause out.
sharing-explained-radius = Agencies within a chosen distance: the neighboring towns and the state police.
sharing-explained-statewide = Every participating agency in the state; in Massachusetts more than 40 police departments contract with Flock, so Plate Trail counts 40.
preset-citation-common-setup = Flock keeps reads 30 days from capture; sharing is opt-in, and about three agencies in four switch on National Lookup (reported second-hand)
preset-citation-new-hampshire = Purged within 3 minutes unless it matches a hot list
preset-citation-massachusetts-h3431 = Police would have erased data within 48 hours (a state office could keep data sent to it 120 days); sent to study (2023-24)
preset-citation-maine = 21 days (NCSL table of state statutes)
preset-citation-virginia = 21 days, limited purposes, and no sharing outside Virginia's own agencies (2025)
preset-citation-california = No sharing with out-of-state or federal agencies or private entities (2015; AG bulletin 2023-DLE-06)
preset-citation-illinois = No sharing for immigration enforcement or reproductive-health investigations (2023)
preset-citation-one-year = No statute: an agency keeping a year of reads
# A found home (work) in the policy lab's table: the circle's radius, and how far its centre is from the truth.
anchor-found-home = Found: within { $radius } ({ $error } from your real home)
anchor-found-work = Found: within { $radius } ({ $error } from your real workplace)
associate-line-real = { $plate } (really travels with you)
associate-line-coincidence = { $plate } (a coincidence)
