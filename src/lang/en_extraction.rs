//! English words `extract` reads articles with (`Language::extraction`):
//! kept apart from `en.rs` so each file stays one readable table.

use super::Extraction;

#[rustfmt::skip]
pub(super) const EXTRACTION: Extraction = Extraction {
    speech_verbs: &[
        "said", "says", "say", "told", "tells", "announced", "announces", "added", "reported",
        "reports", "stated", "confirmed", "claimed", "estimated", "estimates",
        "put the", "wrote", "posted", "tweeted",
        // "The ministry counted 63 deaths", "the ministry had given a toll
        // of three dead".
        "counted", "gave a toll of", "given a toll of",
        // "An earlier toll from the provincial government had given 13
        // dead": the report's author says it.
        "had given", "has given", "have given",
        // "The ministry had earlier given a toll of eight".
        "earlier given a toll of", "initially given a toll of", "had earlier given",
        "had initially given",
    ],
    // "the contractor who added three floors": a builder's verb, no voice.
    not_said_objects: &["lives", "floor", "floors", "storey", "storeys"],
    // ", said Daniel Okoro."
    inverting_verbs: &["said", "says", "added"],
    auxiliaries: &["has", "have", "had"],
    inverting_auxiliaries: &[],
    passive_markers: &["was", "were", "been", "be", "is"],
    reflexive_markers: &[],
    claimant_openers: &["according to", "attributed to", "cited by"],
    contrasts: &["although", "though", "but", "while", "whereas", "yet"],
    clause_openers: &["that", "while", "whereas"],
    elided_clause_openers: &[],
    subject_openers: &["and", "on", "then", "as"],
    // "Earlier on Tuesday the ministry had given a toll of six".
    time_openers: &["earlier", "later"],
    subject_tail: &[
        "have", "has", "had", "since", "also", "already", "now", "earlier", "later",
        "previously", "officially", "publicly", "then", "only", "initially", "so", "far",
        // "Police had first reported three deaths".
        "first",
    ],
    articles: &["the", "a", "an"],
    elided_articles: &[],
    indefinite_articles: &["a", "an"],
    possessives: &["its", "his", "her", "their"],
    pronouns: &["he", "she", "it", "they"],
    // "An earlier toll from the same officials": those who spoke last.
    same_source: &[
        "same source", "same officials", "same authorities", "same ministry", "same agency",
        "same group",
    ],
    source_words: &["source"],
    single_name_heads: &[],
    claimant_skips: &["on", "morning", "evening", "night", "afternoon", "late", "early"],
    complementizers: &["that"],
    claimant_stops: &[
        "during", "in", "at", "on", "before", "after", "which", "who", "that", "to", "when",
        "as",
        // "released by the agency late on Wednesday".
        "late", "early",
        // "relatives gathered outside the hospital mortuary told": those
        // gathered somewhere are the speakers, not the place.
        "gathered", "waiting", "queuing", "camped",
    ],
    named_days: &["yesterday", "today"],
    be_have: &["was", "were", "is", "are", "have", "has", "had"],
    comparisons: &[
        "up from", "down from", "toll from", "whereas", "bringing the total to",
        "taking the total to", "raising the total to", "bringing the number to",
        // Desk shorthand: "toll 64 vs 52 earlier".
        "vs", "vs.", "versus",
    ],
    breakdowns: &[
        "including", "of whom", "of them", "among them", "of those", "of these",
        "among those", "among these",
        // "four of its guards were killed, along with a shepherd".
        "along with",
        // "… were among the dead, as were nine women and a child".
        "as were", "as was",
    ],
    qualifier_noise: &[
        "also", "whom", "others", "other", "still", "been", "had", "pass", "near", "nearly",
        "where", "when", "some", "more", "than", "sleeping", "listed", "flown", "climb",
        "climbs", "feared", "struck", "living", "staying", "remained", "remain", "remains", "alone",
        "spent",
        "night", "morning", "evening", "afternoon",
        // "were given emergency accommodation".
        "given", "provided", "offered",
        // "passed the 300 mark".
        "mark",
        // "A first toll gave 19 dead": the toll's verb and metric word.
        "gave", "dead",
        // "at 6 a.m.": what is left of the clock.
        "m",
        // "since the cold set in".
        "set",
        // "two boys aged 15 and 16": the age's word, its figures gone.
        "aged",
    ],
    units: &[
        "percent", "per cent", "%", "year-old", "years-old", "years old", "year", "years",
        // Desk shorthand for an age: "a 34yo man held".
        "yo", "yrs",
        "km", "km/h", "kilometres", "kilometers", "miles", "metres", "meters", "millimetres",
        "yards", "feet", "inches", "centimetres", "centimeters",
        "hectares", "acres", "tenge", "tenges", "dollars", "euros", "dollar", "euro",
        "roubles", "rubles", "hours", "hrs", "days", "minutes", "weeks", "months", "degrees",
        "times", "am", "pm", "a.m.", "p.m.", "rupees", "pesos", "tonnes", "tons",
        "litres", "liters", "gallons", "barrels",
        // "released after two nights in custody": a stretch of time.
        "nights", "seconds", "decades",
    ],
    unmeasured_roles: &[
        "rescue workers", "rescue worker", "rescue teams", "rescue team", "rescue crews",
        "rescue crew", "rescue volunteers", "rescue volunteer", "rescue officials",
    ],
    shelter_verbs: &["moved", "housed", "placed", "relocated", "rehoused", "bused", "bussed"],
    shelter_links: &["to", "in", "into", "at"],
    shelter_places: &[
        "school", "schools", "stadium", "stadiums", "shelter", "shelters", "hotel", "hotels",
        "church", "churches", "mosque", "mosques", "temple", "temples", "gym", "gyms",
        "gymnasium", "sports centre", "sports center", "sports centres", "sports hall",
        "sports halls", "community centre", "community center", "community hall", "town hall",
        "village hall", "tents", "tent camp", "relief camp", "relief camps", "evacuation centre",
        "evacuation center", "evacuation centres", "higher ground", "safer ground",
    ],
    not_sheltered: &[
        "inmates", "prisoners", "detainees", "patients", "troops", "soldiers", "officers",
        "police", "bodies", "corpses", "remains", "staff", "pupils", "students",
    ],
    figure_joiners: &["and", "or", "to"],
    // "the youngest of them 14".
    // "the youngest of them 14", "under the age of 12".
    age_words: &["aged", "youngest", "oldest", "age"],
    // "a girl of nine", "children under 15", "people over 65".
    age_nouns: &[
        "boy", "girl", "man", "woman", "child", "baby", "son", "daughter", "toddler", "infant",
        "boys", "girls", "men", "women", "children", "babies", "infants", "people", "persons",
        "pupils", "students", "adults", "patients", "victims", "residents", "those",
    ],
    parent_nouns: &["father", "mother", "parent"],
    first_person: &["i", "we", "my", "our", "us", "me"],
    subordinators: &[
        "when", "as", "while", "after", "because", "before", "until", "where", "which", "who",
    ],
    before_subordinators: 3,
    back_references: &[
        "suspect", "suspects", "man", "woman", "men", "women", "gunman", "gunmen", "attacker",
        "attackers", "assailant", "victim", "victims", "person", "people", "boy", "girl", "child",
        "shooter", "bomber", "perpetrator", "other", "others", "latter", "former", "same", "rest",
        "dead", "injured", "wounded", "detainee", "detainees", "body", "bodies", "youth", "teenager",
        "driver's", "one", "two", "three", "first", "second", "third",
    ],
    age_bounds: &["over", "under", "above", "below"],
    // A camp "home to some 64,000 refugees": its population, no count.
    // "will pay 400,000 velurs to the family of each of the dead": money,
    // in a currency the units may not know.
    baselines: &["average of", "norm of", "usual", "every", "per", "home to", "pay", "paid"],
    label_nouns: &[],
    deployment_verbs: &[],
    deployment_verbs_before: &[],
    above_verbs: &[
        "pass", "passes", "passed", "top", "tops", "topped", "exceed", "exceeds", "exceeded",
        "surpass", "surpasses", "past",
    ],
    near_words: &["near", "nearly"],
    among: &["among"],
    background_year_words: &["in", "since", "after", "before", "the", "of", "until"],
    relatives: &["where", "which", "when", "after", "whose"],
    linking_verbs: &["is", "are", "was", "were"],
    abbreviations: &[
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec", "no", "vs", "etc", "acc", "incl", "approx", "cmdr", "capt",
        "maj", "supt", "insp", "cpl", "adm", "gov", "prev", "orig", "excl",
    ],
    extra_metrics: &[
        // Headline present: "Two pupils die, scores fall ill".
        ("deaths", &["kills", "kill", "lost their lives", "were found dead", "die", "dies"]),
        // "Holiday weekend drownings reach 36".
        ("deaths", &["drownings"]),
        // "people had been held"; "funerals have been held for 12" is none.
        ("detained", &[
            "detentions", "in custody", "people had been held", "people have been held",
            "people were being held", "people are being held",
            // "Police are holding 11 people": the police's own verb only
            // (gunmen "holding 30 hostages", a jail "holding 900" are none).
            "police are holding", "police were holding", "police are still holding",
            "police were still holding",
        ]),
        // "Up to 300 people … had not been accounted for".
        ("missing", &["unaccounted", "not been accounted for", "not accounted for"]),
        // "two passengers … had still not been found", "have not been
        // heard from since": people no one has found or reached.
        ("missing", &[
            "not been found", "not yet been found", "not been located", "not been heard from",
            // "said it had lost contact with at least 47 of its clients".
            "lost contact with",
            // "about 20 other passengers … have not been seen since".
            "not been seen since",
        ]),
        ("deaths", &[
            "killing", "perished", "drowned", "lives", "bodies", "body", "crushed to death",
            "succumbed",
            "shot dead", "toll", "massacred",
            // "Fourteen people were electrocuted", headline "electrocuting
            // 14": copy says it of the dead (the hurt are "shocks", "burns").
            "electrocuted", "electrocuting",
            // "the remains of two more people were found".
            "remains of",
        ]),
        ("displaced", &[
            "in evacuation centres", "in evacuation centers", "in relief camps", "in camps",
            "lost their homes", "fled their homes", "lost their shelters", "lost their shelter", "homeless", "ordered to evacuate",
            "moved out", "forced from their homes", "evacuation centres", "evacuation centers",
            "left their homes", "sheltering in", "emergency accommodation",
            // "Nearly 90,000 people have left their villages for camps".
            "left their villages", "fled their villages",
            // "left more than 12,000 without shelter".
            "without shelter",
            // "About 6,000 residents remained under an evacuation order".
            "under an evacuation order", "under evacuation orders", "under evacuation order",
        ]),
        // "captured two others" (attackers): held; escapees "recaptured" or
        // "rounded up"; headline "police arrest three".
        ("detained", &[
            "captured", "capturing", "recaptured", "rounded up", "arrest", "detain", "detains",
        ]),
        // "told to leave their homes overnight", "ordered to leave".
        ("displaced", &[
            "told to leave their homes", "ordered to leave their homes", "ordered to leave",
            "forced to leave their homes", "forced to flee",
            // "Up to 20,000 people had to leave their homes".
            "had to leave their homes",
        ]),
        // "Another 48 people suffered burns".
        ("injured", &["suffered burns", "suffered injuries", "suffered serious injuries"]),
        // "where 12 others remained with burns and smoke inhalation".
        ("injured", &["remained with burns", "remain with burns"]),
        // Headline verbs: "Bus crash kills 12, injures 30".
        ("injured", &[
            "injuring", "wounding", "injures", "wounds", "injure", "wound", "gunshot wounds",
            "stab wounds",
        ]),
        // People sheltering in tents or a sports hall after a disaster;
        // "as 24,000 flee" in a headline.
        ("displaced", &["in tents", "sports hall", "sports halls", "flee"]),
        ("displaced", &[
            "refugees", "staying with relatives", "with relatives", "in shelters",
            "in temporary shelters", "in emergency shelters",
        ]),
        ("injured", &[
            "still in hospital", "remained in hospital", "remain in hospital", "in intensive care",
            // "and 38 others are in hospital".
            "are in hospital", "were in hospital", "remain in hospitals", "remained in hospitals",
            "in critical condition", "in serious condition", "in a critical condition",
            "in a serious condition",
            // An outbreak's patients: "Nineteen patients remained in
            // isolation wards"; no plain "in isolation" (contacts
            // quarantined are not ill).
            "in isolation wards", "in an isolation ward", "in the isolation ward",
            "in the isolation wards",
            // "14 were still admitted on Friday": patients kept in
            // hospital; passive only ("the minister still admitted 14
            // mistakes" confessed).
            "were still admitted", "are still admitted", "remained admitted", "remain admitted",
            // "Of those taken to hospital, 41 were still being treated":
            // still in care (those "treated and sent home" are not).
            "were still being treated", "are still being treated",
        ]),
        ("missing", &["trapped"]),
        // "since the cold set in on 17 January".
        ("start", &["set in"]),
        // "Another 71 fishermen were plucked from the sea, nine of them with
        // broken limbs": an injury named among people no metric counts.
        ("injured", &["with broken limbs", "with broken bones", "with fractures"]),
        // Where people spend the night after losing their homes, and people
        // moved out of harm's way: "spent the night in a mosque", "were
        // moved to higher ground". Inmates moved to another prison are not.
        ("displaced", &[
            "spent the night in", "spent the night at", "night in a shelter", "in a shelter",
            "staying in", "moved to higher ground", "moved to safety", "moved to a school",
            "moved to schools", "moved to shelters",
            // "were moved to a shelter", "had been moved to heated shelters",
            // "were moved to hotels": a roof for people put out of harm's way.
            "moved to a shelter", "moved to heated shelters", "moved to temporary shelters",
            "moved to emergency shelters", "moved to a hotel", "moved to hotels",
            // "Some 1,200 people ... were ordered out on Thursday over fears
            // of a second slide"; diplomats "ordered out of the country" are
            // expelled, not displaced.
            "ordered out of their homes", "ordered out of the area", "ordered out on",
            "ordered out overnight", "ordered out over",
            "in cooling centres", "in cooling centers",
        ]),
        // "Another 30 or more people are feared buried"; "nine still under
        // rubble".
        ("missing", &[
            "feared buried", "feared trapped", "believed buried", "still under rubble",
            "still under the rubble", "still buried",
        ]),
    ],
    name_without_role: true,
    headline_claimants: false,
    name_links: &["of", "for", "the", "and", "on", "to", "in", "de", "del", "al", "bin"],
    citing_words: &["citing", "quoting"],
    relative_subjects: &["which", "who"],
    opener_relatives: &["which", "whom"],
    earlier_events: &[],
    presence_phrases: &["in the presence of"],
    inverted_pronouns: &[],
    addressee_markers: &["to"],
    report_nouns: &[
        "toll", "figures", "figure", "count", "list", "tally", "estimate", "estimates", "data",
        "bulletin", "report", "statement",
    ],
    report_authors: &["by", "from", "of"],
    report_sources: &["from"],
    kept_metric_words: &[
        ("bodies", "bodies recovered"), ("body", "bodies recovered"),
        ("in evacuation centres", "evacuation centres"),
        ("in evacuation centers", "evacuation centres"), ("in relief camps", "relief camps"),
        ("in camps", "camps"), ("still in hospital", "hospital"),
        ("remain in hospital", "hospital"), ("evacuation centres", "evacuation centres"),
        ("evacuation centers", "evacuation centres"),
        ("remained in hospital", "hospital"), ("are in hospital", "hospital"),
        ("were in hospital", "hospital"), ("in intensive care", "intensive care"),
        ("in critical condition", "critical condition"),
        ("in serious condition", "serious condition"), ("in custody", "custody"),
        ("refugees", "refugees"), ("staying with relatives", "relatives"),
        ("remains of", "bodies recovered"),
        ("with relatives", "relatives"), ("in shelters", "shelters"),
        ("in temporary shelters", "shelters"), ("in emergency shelters", "shelters"),
        ("in a critical condition", "critical condition"),
        ("in a serious condition", "serious condition"), ("gunshot wounds", "gunshot wounds"), ("stab wounds", "stab wounds"),
        ("in tents", "tents"), ("in a shelter", "shelter"),
        ("in isolation wards", "isolation wards"), ("in an isolation ward", "isolation ward"),
        ("in the isolation ward", "isolation ward"), ("in the isolation wards", "isolation wards"),
        ("with broken limbs", "broken limbs"), ("with broken bones", "broken bones"),
        ("with fractures", "fractures"), ("night in a shelter", "shelter"),
        ("moved to a school", "school"), ("moved to schools", "schools"),
        ("moved to shelters", "shelters"), ("in cooling centres", "cooling centres"),
        ("in cooling centers", "cooling centres"), ("sports hall", "sports hall"), ("sports halls", "sports halls"),
        ("still under rubble", "rubble"), ("still under the rubble", "rubble"),
        ("without shelter", "without shelter"), ("recaptured", "recaptured"), ("rounded up", "rounded up"), ("suffered burns", "burns"),
        ("were still admitted", "hospital"), ("are still admitted", "hospital"),
        ("remained admitted", "hospital"),
        ("remain admitted", "hospital"), ("were still being treated", "hospital"),
        ("are still being treated", "hospital"),
    ],
    basis_words: &[],
    thing_nouns: &[
        "earthquakes", "quakes", "aftershocks", "carriages", "coaches", "wagons", "hospitals",
        "houses", "homes", "buildings", "wildfires", "fires", "drones", "missiles", "rockets",
        "flights", "towns", "villages", "hamlets", "settlements", "neighbourhoods", "neighborhoods",
        "suburbs", "cities", "regions", "provinces", "districts", "counties", "trucks", "vehicles", "cars",
        "boats", "shots", "storeys", "floors", "schools", "shelters", "sites", "stations",
        "polling", "tonnes", "tons", "rupees", "pesos", "shell", "casings", "excavators",
        "bridges", "columns", "typhoons", "storms", "steps", "centres", "centers", "vessels",
        "ships", "planes", "helicopters",
        // Animals: "drowned hundreds of cattle", "killed a leopard".
        "cattle", "livestock", "sheep", "goats", "cows", "animals", "animal", "dogs", "dog",
        "horses", "camels", "poultry", "chickens", "leopard", "bear", "elephant", "elephants",
        "huts", "shacks", "shops", "stalls", "dwellings", "latrine", "latrines", "toilets", "tent",
        "tents", "warehouses", "capital", "capitals",
        // "moved out of two neighbouring lodges".
        "lodges", "chalets", "cabins", "hotels", "resorts",
        // "crushed between two lorries", "seized two handguns", "residents
        // of two neighbouring blocks", "1,100 head of cattle".
        "lorries", "lorry", "buses", "handguns", "guns", "rifles", "pistols", "weapons",
        "blocks", "campgrounds", "campsites", "flats", "apartments", "head", "followers",
        "aircraft", "canyons", "cranes", "ambulances", "sacks", "bags", "tablets", "pills",
        // "12 dead, 300 contacts traced": an outbreak's contacts are no toll.
        "contacts",
        // Singular: "The building was evacuated" names no one.
        "building", "block", "house", "home", "school", "plant", "factory", "site", "mine",
        "prison", "centre", "center", "camp", "hotel", "stadium", "market", "bridge", "road",
        "ship", "boat", "bus", "train", "car", "vehicle", "plane", "mosque", "church", "tower",
        "street", "port", "island", "valley", "zone", "hall", "station", "complex", "facility",
        "compound", "premises", "estate", "neighbourhood", "neighborhood", "ward", "clinic",
        "lodge", "hostels", "motels", "roofs",
        // Supplies handed out and munitions seized: "sent 900 tents and
        // 5,000 blankets", "recovered 300 rounds of ammunition".
        "blankets", "mattresses", "tarpaulins", "rounds", "bullets", "cartridges", "grenades",
    ],
    background_before_figure: &[],
    figure_fillers: &["the", "now", "already"],
    list_lead_words: &["all", "another"],
    same_fate_openers: &["as was", "as were"],
    place_prepositions: &["in", "at"],
    // "3 more in the burns unit", "died in the trauma ward".
    care_places: &["hospital", "hosp", "scene", "unit", "ward", "icu"],
    // "five more died on the way to hospital".
    care_routes: &["on the way to", "on their way to", "en route to", "on way to"],
    // "the toll had risen overnight from two to five".
    toll_moves: &[("from", "to")],
    cause_markers: &["from", "by"],
    partitive_headers: &["of the", "of those", "among the"],
    place_relatives: &["where"],
    casualty_words: &[],
    casualty_hints: &[],
    casualty_splits: &[],
    casualty_parts: &[],
    not_metric_after: &[],
    // "Six detainees died in the blaze", "the camp holds 900 detainees".
    status_metric_words: &["detainees", "detainee"],
    care_metric_words: &[],
    before_unit_words: &[],
    // "lost contact with the ship carrying 12 crew", "with two suspects":
    // a craft or the wanted are no people missing.
    metric_word_refusals: &[(&["lost contact with", "not been seen since"], &[
        "ship", "vessel", "boat", "aircraft", "plane", "helicopter", "drone", "satellite",
        "suspect", "suspects", "gunmen", "fugitives", "kidnappers",
    ])],
    weak_metric_words: &[
        "refugees", "gunshot wounds", "stab wounds", "wounds", "wound", "trapped", "homeless",
        "in custody", "evacuated",
    ],
    since_words: &["since"],
    event_nouns: &[],
    onset_nouns: &[],
    // "the charity said" after "Médecins Sans Frontières said": the body
    // that spoke last, by its own name.
    body_kinds: &["charity", "group", "organisation", "organization", "ngo"],
    office_kinds: &[],
    living_states: &[],
    dated_descriptions: &[
        "built", "founded", "opened", "elected", "established", "constructed", "power",
        "office", "completed", "inaugurated", "renovated", "born",
        // "two engineers from the firm that added the mezzanine in 2023".
        "added", "extended", "installed", "refurbished", "rebuilt",
    ],
    superlatives: &[
        "deadliest", "worst", "biggest", "largest", "heaviest", "bloodiest", "highest",
        "most", "strongest", "first", "costliest", "greatest",
    ],
    area_nouns: &[
        "province", "district", "region", "state", "county", "village", "town", "city",
        "municipality", "governorate", "department", "prefecture", "area",
    ],
    header_verbs: &["were", "was", "are", "is", "included", "include"],
    carried_headers: &[
        "of those", "of them", "of these", "among them", "among those", "among these",
    ],
    singular_markers: &["a", "an", "one"],
    another_markers: &["another", "a second", "a third"],
    object_markers: &["one", "another"],
    singular_verbs: &["was", "is", "has", "been", "had"],
    result_verbs: &["leaves", "left", "leaving", "leave"],
    object_verbs: &[
        "killed", "killing", "arrested", "detained", "wounded", "wounding", "injured", "injuring",
    ],
    person_tails: &[
        "suspected", "accused", "believed", "wanted", "charged", "named", "identified", "thought",
        "known", "described",
        // "a 10-year-old girl hit by a stray bullet", "a child swept away":
        // what befell the one, in participles with no -ing or relative.
        "hit", "swept", "struck", "caught", "trapped", "thrown", "washed",
        // "arrested the owner of the agency late on Monday": when, not who.
        "late", "early", "overnight",
    ],
    // "a municipal worker clearing a drain".
    describing_endings: &["ing"],
    describing_exceptions: &[
        "morning", "evening", "building", "king", "thing", "ring", "wing", "spring", "string",
        "ceiling", "clothing", "housing", "lightning", "during", "something", "anything",
        "nothing", "everything", "including",
    ],
    singular_adverbs: &["seriously", "critically", "slightly", "fatally", "also", "later"],
    singular_metric_words: &["died", "drowned", "perished", "body", "dead"],
    background_in_clause: &[
        "last year", "last month", "a year earlier",
        // A rate: "records some 9,000 road deaths a year".
        "deaths a year", "deaths each year", "deaths every year", "deaths per year",
        // "Lightning kills about 2,500 people a year".
        "people a year", "people each year", "people every year", "people per year",
    ],
    alive_phrases: &["found alive", "pulled out alive", "rescued alive"],
    actor_verbs: &["arrested", "detained"],
    possessive_endings: &["'s", "’s"],
    background_phrases: &["years ago"],
    subject_asides: &["reached", "contacted", "interviewed", "speaking"],
    passive_only_metric_words: &[],
    // "the regional governor, Pavel Sorin, said on Telegram", "said by
    // satellite phone": the channel a speaker used, not an inverted speaker.
    verb_asides: &[
        "on telegram", "on facebook", "on x", "on twitter", "on instagram", "on whatsapp",
        "on tiktok", "on youtube", "on social media", "on state television",
        "on state radio", "on television", "on radio", "by phone", "by telephone",
        "by satellite phone", "by video link", "by radio", "by text message", "by email",
    ],
};
