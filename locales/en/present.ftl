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

# Shown in the show when a pop-up blocker kept the notes window from opening.
present-notes-blocked = The browser blocked the notes window: allow pop-ups for this page, then press S again.

present-prepare = Prepare the talk

present-prepare-intro = About ten steps, three to five minutes, each saying one thing about the run you set up in the simulator (its life, its seed, its cameras). Hide or reorder steps, pick the law to show, then start. The link of this page keeps your choices: bookmark it or send it to the hall's laptop.

present-hidden = Hidden steps

# Under a step of the talk whose sentence has nothing of this run to show.
present-step-empty = Nothing to show in this run. Hide this step, or go back to the app and set up another run: another life, another seed or more cameras.

present-start = Start presenting

present-hide = Hide

present-show = Show

present-earlier = Earlier

present-later = Later

present-law = Law shown in the before/after step

# On the prepare screen, when the presenter's own parts of the link could not be read.
present-link-deck-problem = This link's list of steps could not be read, so every step is shown, in the story's order.
present-link-law-problem = This link names a law Plate Trail does not have ("{ $value }"), so the before/after step shows { $law }.

present-audience-link = Open this exact run on your phone:

# The presenter map's key: the few symbols each step's map shows, named for the room.
present-key-camera = Plate camera
present-key-reading = Camera that read the car
present-key-place = Place in town
present-key-sensitive = Sensitive place
present-key-true-home = Real home
present-key-true-work = Real workplace
present-key-guessed-home = Guessed home and its error circle
present-key-guessed-work = Guessed workplace and its error circle
present-key-guessed-place = Flagged visit

law-today = Today

# The law's column of the before/after table (the sentence above names the law).
law-after = With these rules

law-reads = Reads of this car kept

# Who can search the town's reads at all: unchanged by a law that only shortens retention.
law-agencies = Agencies that can search the town’s reads

law-findings = Places and companions the analyst names

notes-title = Speaker notes

notes-waiting = Waiting for the presentation window. Keep it open in another window or tab of this browser.

notes-next = Next:

notes-last = This is the last step.

notes-numbers = Numbers to quote

notes-timer = Time since the first step

# Each step's one sentence, built from the run.
step-town = { $town } is a made-up town with { $cameras } plate-reading { $cameras ->
    [one] camera
   *[other] cameras
} on its roads.
step-month = In { $days } days, { $cameras ->
    [one] one of those cameras
   *[other] { $cameras } of those cameras
} read one ordinary car’s plate { $reads ->
    [one] once
   *[other] { $reads } times
}.
step-rows = The vendor now holds { $reads } reads of { $plates } cars from this one town: every car, not only suspects.
step-sensitive-none = This month no camera caught the car at a sensitive place; a different month might.
step-sensitive = From the same reads, the analyst flags visits to { $places }.
step-travels-with-none = No other car was read beside this one often enough to be named a companion.
# How many of the plates the database names as the car's companions really travel with it.
step-travels-with = The database names { $stated ->
    [one] 1 car as travelling with this one, { $right ->
        [0] but it does not
       *[other] and it really does
    }
   *[other] { $stated } cars as travelling with this one; { $right ->
        [0] none of them really does
        [one] 1 of them really does
       *[other] { $right } of them really do
    }
}.
step-few-reads = Just { $reads ->
    [one] one read is
   *[other] { $reads } reads are
} enough to single out { $percent }% of this town’s cars from every other car.
step-few-reads-none = In this run no handful of reads singles out most cars: the network is too sparse.
step-who-can-search = About three agencies in four switch on National Lookup. With it on, { $agencies } agencies can search these reads, usually without a warrant.
# $law is the name of a preset of the policy lab (a law, "Common set-up", "One year"):
# quoted, after words that fit any of them. The findings counted are the places (home and
# work among them) and companions the analyst names, as the policy lab's table lists them.
step-law-change = With the rules set to “{ $law }”, the database would keep { $reads_after } of this car’s { $reads_before } reads, { $agencies } { $agencies ->
    [one] agency
   *[other] agencies
} could search them, and the analyst would lose { $lost } of the { $findings } places and companions it names.
# The law keeps none of the car's reads: who could search them no longer matters.
step-law-change-none = With the rules set to “{ $law }”, the database would keep none of this car’s { $reads_before } reads, and the analyst would lose { $lost } of the { $findings } places and companions it names.
step-ask = Ask for a public vote before any camera contract, with short retention, no sharing beyond the state, and published audits.
step-anchors-both = From those reads alone, an analyst guesses where the car sleeps ({ $home } from the real home) and where it works ({ $work } from the real workplace).
step-anchors-home = From those reads alone, an analyst guesses where the car sleeps, { $home } from the real home; its workplace stayed hidden this month.
step-anchors-work = From those reads alone, an analyst guesses where the car works, { $work } from the real workplace; its home stayed hidden this month.
step-anchors-none = With this few cameras, the analyst could not place the car’s home or workplace this month; more cameras change that.
# "Step 3 of 10".
step-position = Step { $at } of { $of }
# Presenter mode's page title and description (present.html).
present-page-title = Plate Trail: present
present-page-description = Plate Trail's presenter mode: a three-minute story of what a license-plate-reader network learns about one car, for a town meeting.
# Under the law step's sentence, when its "today" count of the car's reads is smaller than
# the month step's: the common set-up has already deleted the reads older than its retention.
step-law-change-today = Today’s { $retention_days }-day retention has already deleted { $deleted } of the car’s { $reads } reads, leaving { $kept }.
# The rules the before/after step shows when they are the policy lab's levers as the link
# set them; $preset is the preset they were moved from.
present-law-lab = { $preset }, as changed in the policy lab
# One lever the link moved in the policy lab, as a phrase of a list ("reads kept 48 hours
# and 50% of the cameras running").
present-lever-keep = reads kept for { $retention ->
    [three-minutes] 3 minutes unless a hit
    [forty-eight-hours] 48 hours
    [twenty-one-days] 21 days
    [thirty-days] 30 days
   *[one-year] 1 year
}
present-lever-hit = { $hit ->
    [yes] only reads of wanted plates stored
   *[no] every read stored, not only those of wanted plates
}
present-lever-share = { $sharing ->
    [none] no sharing
    [one-to-one] sharing with one partner only
    [vendor-contract-clause] no sharing but the vendor’s contract clause
    [radius] sharing within a radius
    [statewide] sharing statewide
   *[national] sharing through National Lookup
}
present-lever-running = { $percent }% of the cameras running
# On the prepare screen, when the link carries policy lab levers moved by hand: whether the
# before/after step shows them, or the law the presenter chose instead.
present-lab-shown = This link carries the policy lab’s rules: { $preset } with { $levers }. The before/after step shows them.
present-lab-not-shown = This link carries the policy lab’s rules: { $preset } with { $levers }. The before/after step shows { $law } instead, as chosen below.
