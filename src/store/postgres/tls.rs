//! TLS to the server, as `sslmode=` in the address asks (libpq's words):
//!
//! * `disable`: never (the default over a Unix socket, which has no TLS);
//! * `prefer`: TLS when the server offers it, else plain (the default over
//!   TCP, as psql's);
//! * `require`: TLS or no connection; the certificate is not checked
//!   (unless `sslrootcert=` names a CA, which is then checked as for
//!   `verify-ca`), so it guards against listening, not impersonation;
//! * `verify-ca`: TLS with a certificate signed by the CA in
//!   `sslrootcert=FILE` (default `~/.postgresql/root.crt`);
//! * `verify-full`: the same, and the certificate must name the host.
//!
//! rustls with the ring provider: no system TLS library to install.

use super::url::{Address, SslMode};
use crate::store::{Result, StoreError};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, Error, RootCertStore};
use std::path::PathBuf;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// The connector for `address`'s `sslmode`, or `None` for `disable`.
pub(crate) fn connector(address: &Address) -> Result<Option<MakeRustlsConnect>> {
    // ring is deprecated in rustls 0.23.48 for lacking post-quantum key
    // exchange; aws-lc-rs, which has it, takes minutes more to build and a
    // C toolchain's worth of build scripts. A database session's classic
    // ECDHE is what libpq negotiates too.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = || roots(address);
    let verifier: Arc<dyn ServerCertVerifier> = match address.ssl_mode {
        SslMode::Disable => return Ok(None),
        SslMode::Prefer | SslMode::Require => match &address.ssl_root_cert {
            Some(_) => Arc::new(AnyName(webpki(roots()?, &provider, address)?)),
            None => Arc::new(Unchecked(provider.clone())),
        },
        SslMode::VerifyCa => Arc::new(AnyName(webpki(roots()?, &provider, address)?)),
        SslMode::VerifyFull => webpki(roots()?, &provider, address)?,
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_error(address, &e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(Some(MakeRustlsConnect::new(config)))
}

fn tls_error(address: &Address, why: &str) -> StoreError {
    StoreError::Postgres(format!("{}: TLS: {why}", address.shown()))
}

/// The CA certificates `sslrootcert=` names (or libpq's default file).
fn roots(address: &Address) -> Result<RootCertStore> {
    let file = match &address.ssl_root_cert {
        Some(file) => file.clone(),
        None => std::env::var_os("HOME")
            .map(|home| PathBuf::from(home).join(".postgresql/root.crt"))
            .unwrap_or_default(),
    };
    let shown = file.display();
    let mode = address.ssl_mode.as_str();
    let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(&file)
        .and_then(|certs| certs.collect())
        .map_err(|e| {
            tls_error(
                address,
                &format!(
                    "sslmode={mode} checks the server's certificate against a CA certificate, \
                     but {shown} cannot be read ({e}); name the file with sslrootcert=FILE"
                ),
            )
        })?;
    let mut store = RootCertStore::empty();
    let (added, _) = store.add_parsable_certificates(certs);
    if added == 0 {
        return Err(tls_error(
            address,
            &format!("{shown} holds no certificate rustls can read"),
        ));
    }
    Ok(store)
}

fn webpki(
    roots: RootCertStore,
    provider: &Arc<CryptoProvider>,
    address: &Address,
) -> Result<Arc<WebPkiServerVerifier>> {
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| tls_error(address, &e.to_string()))
}

/// `require` without a CA: the session is encrypted and its handshake
/// signed by the key of the certificate shown, which is not checked.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> std::result::Result<ServerCertVerified, Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to the CA; the name in the
/// certificate may be any.
#[derive(Debug)]
struct AnyName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
