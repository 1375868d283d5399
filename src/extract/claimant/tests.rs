//! Unit tests of the claimant phrases.
use super::*;
use crate::lang::{EN, FR};

#[test]
fn a_description_before_a_name_is_dropped_where_copy_logs_names() {
    for (name, logged) in [
        (
            "ministry spokesman Colonel Erik Halvard",
            "Colonel Erik Halvard",
        ),
        ("authority's spokesman Farid Osei", "Farid Osei"),
        (
            "regional health department head Dr Aigerim Sultan",
            "Dr Aigerim Sultan",
        ),
        (
            "Calder County Sheriff Dana Whitfield",
            "Calder County Sheriff Dana Whitfield",
        ),
        (
            "Department of Social Welfare and Development",
            "Department of Social Welfare and Development",
        ),
        (
            "UN Office for the Coordination of Humanitarian Affairs",
            "UN Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "city's emergency services directorate",
            "city's emergency services directorate",
        ),
    ] {
        assert_eq!(shape(name, EN), logged, "{name}");
    }
    assert_eq!(
        shape("commandant Paolo Ferri", FR),
        "commandant Paolo Ferri"
    );
}

#[test]
fn a_report_is_logged_by_its_author() {
    for (name, logged) in [
        (
            "bilan provisoire de la préfecture du Loiret",
            "préfecture du Loiret",
        ),
        (
            "bilan communiqué dimanche par le ministère de l'Intérieur",
            "ministère de l'Intérieur",
        ),
        (
            "chiffres publiés par le ministère de l'Intérieur",
            "ministère de l'Intérieur",
        ),
        ("dernier bilan", ""),
        ("premier bilan diffusé mercredi soir", ""),
    ] {
        assert_eq!(shape(name, FR), logged, "{name}");
    }
    assert_eq!(shape("list released by the police", EN), "police");
}

#[test]
fn phrases_after_a_verb() {
    let s = "a dit à l'AFP un responsable du ministère de l'Intérieur.";
    assert_eq!(
        phrase_after(s, 5).0,
        "responsable du ministère de l'Intérieur"
    );
    let s = "selon M. Farid Benali, maire";
    assert_eq!(phrase_after(s, 5).0, "M. Farid Benali");
    let s = "a annoncé la compagnie Aerolinas del Sur.";
    assert_eq!(
        phrase_after(s, "a annoncé".len()).0,
        "compagnie Aerolinas del Sur"
    );
    let s = "selon l'Organisation mondiale de la santé (OMS), qui";
    assert_eq!(phrase_after(s, 5).0, "Organisation mondiale de la santé");
    let s = "Korvin Ugol, said in a statement.";
    assert_eq!(phrase_after(s, 17).0, "");
    let s = "the agency, citing the Office of Civil Defense, reported";
    assert_eq!(citing_after(s, 10).unwrap().0, "Office of Civil Defense");
}

#[test]
fn a_speaker_is_logged_without_their_place_or_description() {
    for (name, logged) in [
        ("UN official in Mabenza", "UN official"),
        ("doctor at the hospital", "doctor"),
        (
            "Dr Lena Brandt of Oskar Municipal Hospital",
            "Dr Lena Brandt",
        ),
        ("national ferry company Nordlink", "Nordlink"),
        (
            "civil defence spokesman Major Adel al-Hamdi",
            "Major Adel al-Hamdi",
        ),
        (
            "UN Stabilisation Mission in Tarvo",
            "UN Stabilisation Mission in Tarvo",
        ),
        (
            "Director General of Police Anil Sood",
            "Director General of Police Anil Sood",
        ),
        ("ministry of social affairs", "ministry of social affairs"),
        ("police officials Tuesday", "police officials Tuesday"),
    ] {
        assert_eq!(shape(name, EN), logged, "{name}");
    }
}

#[test]
fn the_object_of_a_verb_of_saying_opens_no_inverted_name() {
    // "…, fait état d'un bilan plus lourd": the report, not who made it.
    assert!(!opens_inverted_name(
        " d'un bilan plus lourd, de 17 morts",
        FR
    ));
    assert!(!opens_inverted_name(" d’un bilan plus lourd", FR));
    // Not any `de`: a manner before the speaker.
    assert!(opens_inverted_name(" d'une voix émue le maire.", FR));
    // An inverted speaker still opens on its article or its name.
    assert!(opens_inverted_name(" le directeur de l'hôpital.", FR));
    assert!(opens_inverted_name(" des témoins.", FR));
    assert!(opens_inverted_name(" Daniel Okoro.", FR));
}

#[test]
fn the_article_before_a_name_is_no_word_of_its_length() {
    let s = "a indiqué le directeur de la défense civile de la province, le colonel X.";
    let (name, _) = phrase_after(s, "a indiqué".len());
    assert_eq!(name, "directeur de la défense civile de la province");
}
