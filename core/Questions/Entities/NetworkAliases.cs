namespace Verkostot.Core.Questions.Entities;

/// <summary>
/// What people call the networks in speech. An alias applies to the network whose Finnish name contains the key,
/// so nothing is invented: an alias of a network missing from the data matches nothing.
/// </summary>
public static class NetworkAliases
{
    private static readonly (string NameContains, string[] Aliases)[] Table =
    [
        ("pienten kuntien verkosto", [
            "pienet kunnat", "pienten kuntien", "pienissä kunnissa", "pieniin kuntiin", "pienkunnat", "pienkuntien", "pienkuntaverkosto",
            "pienkuntaverkoston", "pienkuntaverkostossa", "pienkuntaverkostoon", "pienkuntien verkosto", "pienkuntien verkoston",
            "pikkukunnat", "pikkukuntien", "pienkuntaverkko", "småkommunnätverket", "småkommunnätverk", "små kommuner", "små kommunerna", "de små kommunerna", "småkommuner", "small municipalities", "small municipality"]),
        ("suurten kaupunkien", [
            "suuret kaupungit", "suurten kaupunkien", "suurissa kaupungeissa", "isot kaupungit", "isojen kaupunkien",
            "suuriin kaupunkeihin", "suurista kaupungeista", "isoihin kaupunkeihin", "isoissa kaupungeissa",
            "suurkaupungit", "suurkaupunkien", "suurkaupunkiverkosto", "suurkaupunkiverkoston", "suurkaupunki", "stora städer", "large cities",
            "big cities", "large city", "storstäder", "storstad", "storstadsnätverket", "storstadsnätverk", "storstadsnätverkets",
            "stora städernas", "de stora städerna", "de stora städernas", "stora städerna", "storstäderna", "storstädernas"]),
        ("seutukaupunki", [
            "seutukaupungit", "seutukaupunkien", "seutukaupungeissa", "seutukaupunkien verkosto", "seutukaupunkien verkoston",
            "seutukaupunki", "regionstäder", "regionstäderna", "regionstad", "regionstadsnätverket", "regionstadsnätverk", "regional towns", "regional town",
            "regional cities", "regional city", "regionstädernas", "regionstadsnätverkets"]),
        ("kehyskunta", [
            "kehyskunnat", "kehyskuntien", "kehyskunnissa", "kehyskuntien verkosto", "kehyskuntien verkoston",
            "kehyskunta", "kranskommuner", "kranskommunerna", "kranskommun", "kranskommunnätverket", "kranskommunnätverk", "commuter belt", "commuter belt municipalities", "commuter belt municipality"]),
        ("ruotsinkielisten ja kaksikielisten", [
            "ruotsinkieliset kunnat", "ruotsinkielisten kuntien", "kaksikieliset kunnat", "kaksikielisten kuntien",
            "ruotsinkieliset ja kaksikieliset", "ruotsinkielisten ja kaksikielisten", "kaksikielisten", "ruotsinkielisten",
            "svenskspråkiga", "tvåspråkiga", "svenskspråkiga kommuner", "tvåspråkiga kommuner", "bilingual", "swedish speaking",
            "swedish-speaking", "ruotsinkielinen", "kaksikielinen", "ruotsinkieliset", "kaksikieliset"]),
        ("maakuntien liittojen", [
            "maakuntien liitot", "maakuntien liittojen", "maakuntaliitot", "maakuntaliittojen", "maakuntaliittojen verkosto",
            "landskapsförbunden", "landskapsförbund", "regional councils"]),
        ("ammatillisen koulutuksen", [
            "ammatillisen koulutuksen", "ammatillinen koulutus", "koulutuksen järjestäjät", "koulutuksen järjestäjien",
            "yrkesutbildning", "vocational education"]),
    ];

    /// <summary>The aliases (normalised) of a network with this normalised Finnish name.</summary>
    public static IEnumerable<string> For(string normalizedFinnishName) =>
        Table.Where(t => normalizedFinnishName.Contains(t.NameContains, StringComparison.Ordinal)).SelectMany(t => t.Aliases);
}
