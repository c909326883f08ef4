package pl.bramka.link;

/** A link in the list: how it stands, how many of its payments settled and their sum (in the link's currency). */
record ListedLink(Link link, LinkState state, int uses, long totalPaid) {
}
