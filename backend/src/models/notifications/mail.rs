//! E-mail of notices over SMTP (`STRATRACK_SMTP_URL`), sent by a background task once the write that
//! caused them has committed: a slow or failing mail server never delays or fails a request, and a
//! notice that could not be mailed stays in the product (the failure is logged).

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;

/// One e-mail to send: to whom, subject and plain-text body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// Where and as whom to send: `smtp://[user[:password]@]host[:port][?from=address]` (plain SMTP, port
/// 25 by default, sender `stratrack@localhost` by default). TLS is left to a local relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    /// Server host name or address.
    pub host: String,
    /// Server port.
    pub port: u16,
    /// Login, when the server wants one.
    pub credentials: Option<(String, String)>,
    /// The sender address.
    pub from: String,
}

impl std::str::FromStr for SmtpUrl {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let rest = s
            .trim()
            .strip_prefix("smtp://")
            .ok_or("must start with smtp:// (smtp://host:port?from=address)")?;
        let (authority, query) = rest.split_once('?').unwrap_or((rest, ""));
        let authority = authority.trim_end_matches('/');
        let (credentials, hostport) = match authority.rsplit_once('@') {
            Some((login, hp)) => {
                let (user, pass) = login.split_once(':').unwrap_or((login, ""));
                (Some((user.to_owned(), pass.to_owned())), hp)
            }
            None => (None, authority),
        };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("port `{p}` is not a number"))?),
            None => (hostport, 25),
        };
        if host.is_empty() {
            return Err("names no host".into());
        }
        let mut from = "stratrack@localhost".to_owned();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("from", v)) if !v.is_empty() => from = v.to_owned(),
                _ => return Err(format!("`{pair}` is not a known setting (only from=address)")),
            }
        }
        from.parse::<Mailbox>()
            .map_err(|e| format!("sender `{from}` is not an address: {e}"))?;
        Ok(SmtpUrl {
            host: host.to_owned(),
            port,
            credentials,
            from,
        })
    }
}

/// Sends notices by e-mail, or does nothing when no SMTP server is configured.
#[derive(Clone, Default)]
pub struct Mailer {
    smtp: Option<Arc<Smtp>>,
}

struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.smtp.is_some() {
            "Mailer(smtp)"
        } else {
            "Mailer(off)"
        })
    }
}

impl Mailer {
    /// A mailer for `url`, or one that sends nothing.
    pub fn new(url: Option<&SmtpUrl>) -> Self {
        let Some(url) = url else {
            return Mailer::default();
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(url.host.as_str())
            .port(url.port)
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let Some((user, pass)) = &url.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), pass.clone()));
        }
        // Checked when the URL was parsed.
        let from = url
            .from
            .parse()
            .unwrap_or_else(|_| Mailbox::new(None, "stratrack@localhost".parse().unwrap()));
        Mailer {
            smtp: Some(Arc::new(Smtp {
                transport: builder.build(),
                from,
            })),
        }
    }

    /// Whether mail goes out at all.
    pub fn is_on(&self) -> bool {
        self.smtp.is_some()
    }

    /// Sends `mails` from a background task and returns at once. Call it only after the transaction
    /// that recorded the notices has committed.
    pub fn send_later(&self, mails: Vec<Mail>) {
        let Some(smtp) = self.smtp.clone() else { return };
        if mails.is_empty() {
            return;
        }
        tokio::spawn(async move {
            for mail in mails {
                match smtp.send(&mail).await {
                    Ok(()) => tracing::info!(mail.to = %mail.to, mail.subject = %mail.subject, "Notice mailed."),
                    Err(e) => tracing::warn!(
                        mail.to = %mail.to, error = %e,
                        "Notice not mailed; it stays in the product."
                    ),
                }
            }
        });
    }
}

impl Smtp {
    async fn send(&self, mail: &Mail) -> Result<(), String> {
        let to: Mailbox = mail.to.parse().map_err(|e| format!("recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .body(mail.body.clone())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map_err(|e| e.to_string())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::SmtpUrl;

    #[test]
    fn an_smtp_url_names_host_port_login_and_sender_and_a_bad_one_says_what_is_wrong() {
        let u: SmtpUrl = "smtp://me:secret@mail.itu.int:2525?from=planning@itu.int"
            .parse()
            .unwrap();
        assert_eq!((u.host.as_str(), u.port), ("mail.itu.int", 2525));
        assert_eq!(u.credentials, Some(("me".into(), "secret".into())));
        assert_eq!(u.from, "planning@itu.int");
        let d: SmtpUrl = "smtp://localhost".parse().unwrap();
        assert_eq!(
            (d.port, d.from.as_str(), d.credentials),
            (25, "stratrack@localhost", None)
        );
        assert!("http://x".parse::<SmtpUrl>().unwrap_err().contains("smtp://"));
        assert!("smtp://x:port".parse::<SmtpUrl>().unwrap_err().contains("port"));
        assert!(
            "smtp://x?from=nobody"
                .parse::<SmtpUrl>()
                .unwrap_err()
                .contains("sender")
        );
    }
}
