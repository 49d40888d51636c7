# Plate Trail: letter strings (English, the reference language). See locales/README.md.


# The letter to local officials: plain text, blank lines between paragraphs. Square brackets
# mark what the visitor fills in. It goes to officials in the United States (or wherever the
# visitor lives): write it as a resident would write to their own council.
letter-greeting = Dear [members of our select board or city council],
letter-opening = I am writing as a resident about automated license-plate-reader (ALPR) cameras, such as those sold by Flock Safety, which read and store the plate of every car that passes them.
letter-simulated = These numbers come from Plate Trail, a simulation of a fictional town, not from real records of my car. But real networks work the same way: Flock keeps every read for 30 days by default, and police can search the reads by plate or by a description of the car, usually without a warrant: the search log asks only for a typed reason.
letter-asks =
    I ask you to:
    1. Require a public vote of the town meeting or council before any contract for plate-reader cameras is signed or renewed.
    2. Restrict who can search the data collected here, and write that restriction into the contract.
    3. End any existing contract that does not meet these conditions.
letter-elsewhere = Other places have set limits already. New Hampshire deletes plate data within three minutes unless it matches a list of wanted vehicles (RSA 261:75-b).
letter-thanks = Thank you for your time. I would welcome a reply.
letter-signature =
    Sincerely,
    {"["}Your name]
    {"["}Your address]
# The paragraph with the visitor's own numbers.
letter-used = I used Plate Trail, a simulator that drives one car past a camera network, to see what such a network records about an ordinary life.{" "}
letter-no-reads = In { $days ->
    [one] { $days } simulated day
   *[other] { $days } simulated days
} in { $town }, no camera logged my car; but every car that did pass a camera was logged, whether or not anyone was looking for it.
letter-reads = In { $days ->
    [one] { $days } simulated day
   *[other] { $days } simulated days
} in { $town }, { $cameras ->
    [one] { $cameras } camera
   *[other] { $cameras } cameras
} logged my car { $times ->
    [one] { $times } time
   *[other] { $times } times
}.
letter-home-and-work = {" "}From that log alone, an analyst placed my home { $home }. It placed my workplace { $work }.
letter-home = {" "}From that log alone, an analyst placed my home { $home }.
letter-work = {" "}From that log alone, an analyst placed my workplace { $work }.
letter-sensitive = {" "}The log may also show my visits to { $places }.
letter-unique = {" "}And { $points ->
    [one] { $points } sighting
   *[other] { $points } sightings
} are enough to tell { $percent } of the town's cars apart from every other car.
# After "placed my home": "within 200 m of one spot, 80% sure, and was right".
letter-anchor = within { $distance } of one spot, { $sure } sure, { $right ->
    [yes] and was right
   *[no] and was wrong: the real place is outside that circle
}
# A right guess whose distance to the truth is known: "within 2.0 km of one spot, 62% sure, and was right: the real place is 600 m from it".
letter-anchor-right-off = within { $distance } of one spot, { $sure } sure, and was right: the real place is { $off } from it
letter-percent = { $percent }%
