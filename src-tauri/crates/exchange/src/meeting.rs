//! How two sites meet: this site's keys and card, and a peer added from its card.

use std::path::Path;

use council_core::site::{Peer, Site};
use council_core::{CoreError, CoreResult, ErrorCode, Store};

use crate::card::SiteCard;
use crate::keys::SiteKeys;

/// This site's signing keys, made the first time they are needed and kept in the database.
pub fn site_keys(store: &mut Store) -> CoreResult<SiteKeys> {
    if let Some(secret) = store.site_secret_key()? {
        return SiteKeys::from_secret(&secret);
    }
    let keys = SiteKeys::generate()?;
    store.set_site_key(&keys.secret(), &keys.public_hex())?;
    Ok(keys)
}

/// This site, named, with its keys made: what its card says. An unnamed site has no card yet.
pub fn named_site(store: &mut Store) -> CoreResult<(Site, SiteKeys)> {
    if !store.site()?.named {
        return Err(CoreError::new(ErrorCode::SiteUnnamed, ""));
    }
    let keys = site_keys(store)?;
    let site = store.site()?;
    Ok((site, keys))
}

/// This site's card.
pub fn site_card(store: &mut Store) -> CoreResult<SiteCard> {
    let (site, keys) = named_site(store)?;
    Ok(SiteCard {
        site: site.id,
        name: site.name,
        country: site
            .country
            .ok_or_else(|| CoreError::new(ErrorCode::SiteUnnamed, ""))?,
        public_key: keys.public_hex(),
    })
}

/// Writes this site's card to `out`.
pub fn save_site_card(store: &mut Store, out: &Path) -> CoreResult<SiteCard> {
    let card = site_card(store)?;
    card.write(out)?;
    Ok(card)
}

/// Adds the site whose card is at `path` as a peer (or renames a peer already added; its key never changes).
pub fn add_peer_from_card(store: &mut Store, path: &Path) -> CoreResult<Peer> {
    let card = SiteCard::read(path)?;
    store.add_peer(&card.site, &card.name, card.country, &card.public_key)
}
