//! French words of who speaks: titles, bodies and speakers, kept beside
//! `fr.rs`, whose `persons` table they are.

use super::Persons;

#[rustfmt::skip]
pub(super) const PERSONS: Persons = Persons {
    titles: &[
        "m", "mme", "mlle", "dr", "docteur", "pr", "professeur", "president", "presidente",
        "ministre", "premier", "premiere", "porte-parole", "maire", "prefet", "prefete",
        "general", "colonel", "commandant", "capitaine", "gouverneur", "ambassadeur",
        "ambassadrice", "secretaire", "procureur", "procureure", "senateur", "senatrice",
        "depute", "deputee", "juge", "directeur", "directrice", "chef",
    ],
    bodies: &[
        "ministere", "bureau", "office", "service", "services", "agence", "comite", "conseil",
        "gouvernement", "cabinet", "parquet", "prefecture", "direction", "commission",
        "secretariat", "police", "gendarmerie", "armee", "croix-rouge", "croissant-rouge",
        "organisation", "association", "federation", "institut", "hopital", "mairie",
        "medias",
    ],
    speakers: &["responsables", "autorites", "sources", "temoins", "secouristes", "medecins"],
};
