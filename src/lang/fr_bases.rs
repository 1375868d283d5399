//! French words that name what a quick entry's figure counts, and so its
//! metric, when the fragment has no metric word (`Entry::bases`): kept
//! apart from `fr.rs` so that file stays one readable table.

use super::{Basis, BasisQualifier};

#[rustfmt::skip]
pub(super) const BASES: &[Basis] = &[
    Basis {
        metric: "deaths",
        all_of: &[
            &["corps", "dépouilles", "cadavres"],
            &[
                "carbonisés", "calcinés", "sans vie", "retrouvés", "retrouvé", "retrouvées", "repêchés", "repêché", "découverts",
                "découvert", "dégagés", "extraits", "rejetés", "remontés", "remonté",
                "remontées",
            ],
        ],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "deaths",
        // "hôpital : 14 corps, 31 blessés": bodies counted are deaths.
        all_of: &[&["corps", "dépouilles", "cadavres"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "deaths",
        all_of: &[&[
            "ont péri", "a péri", "péri", "ont trouvé la mort", "a trouvé la mort",
            "trouvé la mort", "ont perdu la vie", "a perdu la vie", "perdu la vie",
            "ont succombé à leurs blessures", "a succombé à ses blessures",
            "succombé à ses blessures", "succombé à leurs blessures", "ont succombé", "a succombé",
            "succombé", "des suites de leurs blessures", "des suites de ses blessures", "noyés", "noyées",
            "noyé", "noyée", "victimes", "victime", "neutralisés", "neutralisées",
            // "l'assaillant abattu": one person shot dead (in quick entry
            // only: "abattu 38 drones" in copy counts things).
            "neutralisé", "neutralisée", "abattu", "abattue",
            "mortes", "morte", "décédée", "décédé", "tuée", "tuant", "coûté la vie", "coûte la vie",
            "lynchés", "lynché", "lynchée", "lynchées",
            "tombés au combat", "tombé au combat", "tombées au combat",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&[
            "chassés de chez eux", "chassées de chez elles", "hébergés", "hébergées",
            "relogés", "relogées", "évacuées", "évacuée", "évacué",
            // "300 riverains ont dormi dans un gymnase".
            "ont dormi dans",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&[
            "sinistrés", "sinistré", "sinistrées", "centres d'accueil", "centre d'accueil",
            "sans-abri", "sans abri",
            // "45 000 réfugiés selon le HCR".
            "réfugiés", "réfugiées",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "displaced",
        all_of: &[&["réfugiés", "réfugiées", "réfugié", "réfugiée"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "injured",
        all_of: &[&["blessant"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "detained",
        all_of: &[&[
            "interpellé", "interpellée", "arrêté", "arrêtée", "écroués", "écroué", "écrouées",
            "écrouée",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    // "94 évadés repris": escaped prisoners caught again ("à trois
    // reprises" is a number of times, so no "reprises").
    Basis {
        metric: "detained",
        all_of: &[&["repris"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "detained",
        // "2 GAV": desk shorthand, kept as typed.
        all_of: &[&["garde à vue", "gardes à vue", "gav"]],
        qualifier: BasisQualifier::Kept,
    },
    // Desk shorthand: "32 bless. dont 5 graves", "250 évac.", "le tireur
    // abattu" (quick entry only: copy's "abattu 38 drones" counts no one).
    Basis {
        metric: "injured",
        all_of: &[&["bless"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "displaced",
        all_of: &[&["évac"]],
        qualifier: BasisQualifier::Dropped,
    },
    // "3 disp.", "8 DCD", "17 interp.": more desk shorthand.
    Basis {
        metric: "missing",
        all_of: &[&["disp"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "deaths",
        all_of: &[&["dcd"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "detained",
        all_of: &[&["interp"]],
        qualifier: BasisQualifier::Dropped,
    },
    // Triage as desks type it: "3 UA, 7 UR" (urgence absolue, relative).
    Basis {
        metric: "injured",
        all_of: &[&[
            "ua", "ur", "urgence absolue", "urgence relative", "urgences absolues",
            "urgences relatives",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "deaths",
        all_of: &[&["abattu", "abattue"]],
        qualifier: BasisQualifier::Dropped,
    },
    // "19 placés en détention provisoire": the detention, and which.
    Basis {
        metric: "detained",
        all_of: &[&["en détention provisoire"]],
        qualifier: BasisQualifier::Named("détention provisoire"),
    },
    // "2 aiguilleurs et le chef de poste en détention".
    Basis {
        metric: "detained",
        all_of: &[&["en détention"]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "injured",
        all_of: &[&[
            "soins intensifs", "hôpital", "hospitalisés", "hospitalisées", "hospitalisé",
            "urgence absolue", "état grave", "état critique", "réanimation",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    // "3 brûlés vifs": burned alive are dead.
    Basis {
        metric: "deaths",
        all_of: &[&["brûlés vifs", "brûlées vives", "brûlé vif", "brûlée vive"]],
        qualifier: BasisQualifier::Kept,
    },
    // "un autre grièvement brûlé", "9 grands brûlés": burned, and how
    // badly ("200 maisons brûlées" are things burned).
    Basis {
        metric: "injured",
        all_of: &[&[
            "grièvement brûlé", "grièvement brûlée", "grièvement brûlés", "grièvement brûlées",
            "légèrement brûlé", "légèrement brûlée", "légèrement brûlés", "légèrement brûlées",
            "grands brûlés", "grandes brûlées", "grand brûlé", "grande brûlée",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    Basis {
        metric: "injured",
        all_of: &[&["blessée"]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "missing",
        all_of: &[&[
            "disparu", "disparue", "porté disparu", "portée disparue",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    Basis {
        metric: "missing",
        all_of: &[&[
            "piégés", "piégées", "coincés", "coincées",
            // "3 randonneurs introuvables".
            "introuvables", "introuvable",
        ]],
        qualifier: BasisQualifier::Dropped,
    },
    // "5 personnes toujours recherchées": people still searched for, not
    // suspects hunted ("3 suspects toujours recherchés").
    Basis {
        metric: "missing",
        all_of: &[
            &["personnes", "habitants", "pêcheurs", "marins", "randonneurs", "ouvriers",
              "mineurs", "passagers", "migrants", "enfants", "touristes", "villageois"],
            &["toujours recherchés", "toujours recherchées", "encore recherchés",
              "encore recherchées"],
        ],
        qualifier: BasisQualifier::Dropped,
    },
    // "16 mineurs bloqués au fond": stuck where no one reaches them
    // ("300 touristes bloqués à l'aéroport" are stranded, no count).
    Basis {
        metric: "missing",
        all_of: &[
            &["bloqués", "bloquées", "bloqué", "bloquée"],
            // Where they are ends the entry ("bloqués au fond", not "au
            // fond de la vallée" nor "dans la galerie marchande").
            &[
                "au fond$", "au fond de la mine", "au fond du puits", "sous terre$",
                "sous les décombres", "sous les gravats", "dans la mine", "dans le puits",
                "dans la galerie$", "dans les galeries$",
            ],
        ],
        qualifier: BasisQualifier::Dropped,
    },
    // "2 disparus sous les décombres": where, kept.
    Basis {
        metric: "missing",
        all_of: &[&[
            "prisonniers des décombres", "prisonnières des décombres", "sous les décombres",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    // "1 ado hospitalisée", "hôpital civil : 62 admis": desks count the
    // injured by where they are (copy says it of the sick too, so quick
    // entry only).
    Basis {
        metric: "injured",
        all_of: &[&[
            "hospitalisé", "hospitalisée", "hospitalisés", "hospitalisées", "admis", "admises",
            // "3 morts, 27 hosp., 4 graves": a severity alone says injured.
            "^hosp", "^graves", "^grave", "^critiques", "^critique",
        ]],
        qualifier: BasisQualifier::Kept,
    },
    // "17 marins toujours sans nouvelles" (not "200 familles sans
    // nouvelles de leurs proches": `$` ends the entry).
    Basis {
        metric: "missing",
        all_of: &[&["sans nouvelles$"]],
        qualifier: BasisQualifier::Dropped,
    },
    // "bilan : 14": a toll is of the dead, unless a word of its own says
    // whom it counts ("bilan : 2 000 sinistrés"), so it comes last.
    Basis {
        metric: "deaths",
        all_of: &[&["bilan"]],
        qualifier: BasisQualifier::Dropped,
    },
];

/// People counted for no metric of the table (`Entry::unmeasured`): kept
/// beside the bases, the words that do name a metric by who is counted.
#[rustfmt::skip]
pub(super) const UNMEASURED: &[&str] = &[
        "secourus", "secourues", "secouru", "secourue", "sauvés", "sauvées", "rescapés",
        "rescapées", "survivants", "survivantes", "vivants", "vivantes", "vivant", "vivante", "relâchés",
        // "58 morts, un seul survivant": celui qui a vécu.
        "survivant", "survivante", "rescapé", "rescapée",
        "relâchées", "libérés", "libérées",
        // "deux autres agents ont été entendus puis laissés libres":
        // questioned, not held.
        "entendus", "entendues", "auditionnés", "auditionnées", "laissés libres",
        "laissées libres", "remis en liberté", "remises en liberté",
        // "réfugiés sur leur toit, ont été hélitreuillés": winched out.
        "hélitreuillés", "hélitreuillées", "hélitreuillé", "hélitreuillée",
        // "dont 22 ont été identifiés": being identified is no metric.
        "identifiés", "identifiées",
        // "et revendiquent 25 000 participants": a crowd.
        "participants", "spectateurs", "visiteurs",
        // "porté secours à 326 passagers": rescued.
        "porté secours", "portent secours", "portaient secours", "secourir",
        // "8 ados sortis indemnes", "100 confinés chez eux": unharmed,
        // sheltering at home.
        "indemnes", "indemne", "sains et saufs", "saines et sauves", "confinés", "confinées",
        // "≈ 80 retenus en fuite, 52 repris": on the run, not held.
        "en fuite", "en cavale",
        // "14 morts, 900 cas suspects": the sick, counted by no metric.
        "cas", "contaminés", "contaminées", "infectés", "infectées", "malades",
        // "sur les 52 à bord", "24 impliqués": no toll.
        "à bord", "impliqués", "impliquées", "sans électricité", "sans courant",
        // "48 300 foyers privés de courant": cut off, not counted.
        "privés de courant", "privées de courant", "privés d'électricité",
        "privées d'électricité", "privés d'eau", "privées d'eau", "sans eau",
        // "30 personnes choquées": shock is no injury count.
        // ("3 blessés dont 2 choqués" are of the injured.)
        "personnes choquées", "personnes en état de choc", "personnes sous le choc",
        // "des centaines de maisons détruites": things.
        "détruits", "détruites", "endommagés", "endommagées",
];
