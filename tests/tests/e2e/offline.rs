//! The suite runs where nothing but loopback exists (./dev test puts it in a network namespace of
//! its own), so every other test also proves that Cairn needs no network. This one checks that
//! the namespace is really closed, so the proof cannot silently lapse.

use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

#[test]
fn nothing_but_loopback_is_reachable_while_the_app_is_tested() {
    if std::env::var_os("CAIRN_E2E_OFFLINE").is_none() {
        // The proof may lapse only when asked for, and ./dev test then says so in its last line.
        assert_eq!(
            std::env::var("CAIRN_ALLOW_NETWORK").as_deref(),
            Ok("1"),
            "not in a network namespace, so nothing proves Cairn works offline: run through ./dev test, or set \
             CAIRN_ALLOW_NETWORK=1 to skip the proof knowingly"
        );
        return;
    }
    for addr in ["1.1.1.1:443", "8.8.8.8:53", "[2606:4700:4700::1111]:443"] {
        let addr: SocketAddr = addr.parse().unwrap();
        let reached = TcpStream::connect_timeout(&addr, Duration::from_secs(2));
        assert!(reached.is_err(), "{addr} is reachable: the e2e run is not offline");
    }
    let routes = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    assert_eq!(routes.lines().count(), 1, "the namespace has routes besides loopback:\n{routes}");
}
