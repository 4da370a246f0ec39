//! Who publishes the IATI file: the organisation's identifier, name and type, read from the environment
//! by `config` (so this module imports nothing in-house: the configuration is read before any use case).

/// OrganisationType `40`: multilateral, the default type of the publisher.
pub const MULTILATERAL: &str = "40";

/// The organisation identifier used when none is configured. It is illustrative: ITU's IATI organisation
/// identifier is not among the facts the seed was checked against, so a deployment that publishes to IATI
/// sets its own (`STRATRACK_IATI_ORG_REF`).
pub const ILLUSTRATIVE_ORG_REF: &str = "XX-ILLUSTRATIVE-ITU";

/// Who publishes the file: the reporting organisation's IATI identifier (prefix of the activity
/// identifier), its name and its IATI organisation type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// IATI organisation identifier, `{registration agency}-{number}`.
    pub org_ref: String,
    /// The organisation's name, in English.
    pub name: String,
    /// OrganisationType code (`40`: multilateral).
    pub org_type: String,
}

impl Default for Publisher {
    /// The seed's organisation under the illustrative identifier [`ILLUSTRATIVE_ORG_REF`].
    fn default() -> Self {
        Publisher {
            org_ref: ILLUSTRATIVE_ORG_REF.into(),
            name: "International Telecommunication Union".into(),
            org_type: MULTILATERAL.into(),
        }
    }
}

impl Publisher {
    /// A publisher from configured texts, refused with the reason when the identifier could not prefix an
    /// activity identifier (empty, spaces, no `agency-number` hyphen), the name is empty or the type is
    /// not a number code.
    pub fn new(org_ref: &str, name: &str, org_type: &str) -> Result<Self, String> {
        let org_ref = org_ref.trim();
        if org_ref.is_empty() || org_ref.chars().any(|c| c.is_whitespace() || c == '/') || !org_ref.contains('-') {
            return Err(format!(
                "`{org_ref}` is not an IATI organisation identifier ({{agency}}-{{number}}, without spaces or slashes)"
            ));
        }
        if name.trim().is_empty() {
            return Err("the organisation name is empty".into());
        }
        let org_type = org_type.trim();
        if org_type.is_empty() || !org_type.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("`{org_type}` is not an IATI organisation type code (e.g. 40)"));
        }
        Ok(Publisher {
            org_ref: org_ref.into(),
            name: name.trim().into(),
            org_type: org_type.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publisher_needs_an_identifier_that_can_prefix_an_activity_identifier() {
        let p = Publisher::new(" XM-DAC-1 ", "Org", "40").unwrap();
        assert_eq!((p.org_ref.as_str(), p.name.as_str()), ("XM-DAC-1", "Org"));
        assert!(Publisher::new("XM DAC 1", "Org", "40").is_err());
        assert!(Publisher::new("XMDAC", "Org", "40").is_err());
        assert!(Publisher::new("XM-DAC/1", "Org", "40").is_err());
        assert!(Publisher::new("XM-DAC-1", " ", "40").is_err());
        assert!(Publisher::new("XM-DAC-1", "Org", "multilateral").is_err());
        let d = Publisher::default();
        assert_eq!(Publisher::new(&d.org_ref, &d.name, &d.org_type), Ok(d));
    }
}
