using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.DemoData;

public sealed class DemoDataSetTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly NetworkCatalog Catalog = NetworkCatalog.Create(DemoDataSet.Load(DemoToday.Clock));

    [Fact]
    public void Load_EmbeddedFile_HasAllSevenNetworks()
    {
        Assert.Equal(
            ["ammatillinen-koulutus", "kehyskunnat", "maakuntien-liitot", "pienet-kunnat", "ruotsinkieliset-ja-kaksikieliset", "seutukaupungit", "suuret-kaupungit"],
            Catalog.Networks.Select(n => n.Id).Order());
    }

    [Fact]
    public void Load_SmallMunicipalities_HasSeedFigures()
    {
        var network = Catalog.NetworksById["pienet-kunnat"];
        Assert.Equal((159, 608371), (network.MunicipalityCount, network.Residents));
        Assert.Equal((new DateOnly(2019, 11, 1), DatePrecision.Month), (network.Founded, network.FoundedPrecision));
        Assert.Equal("Nätverket för små kommuner", network.Name.Sv);
        Assert.Equal(["hyvinvointi ja elinvoima", "toimintaympäristön muutokset ja isot uudistukset", "viestintä"], network.Themes.Select(t => t.Fi));
        Assert.Equal(3, network.Channels.Count);
    }

    [Fact]
    public void Load_Chair_IsJuhaHerralaFromIsojokiFor2024Only()
    {
        var chair = Catalog.RolesIn("pienet-kunnat").Single(r => r.Role == Role.Chair);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (chair.From, chair.Until));
        var person = Catalog.PeopleById[chair.PersonId];
        Assert.Equal("Juha Herrala", person.Name);
        Assert.Equal("Storå", Catalog.MunicipalitiesById[person.MunicipalityId!].NameSv);
    }

    [Fact]
    public void Load_FirstViceChair_IsMarjutAhokasFor2024()
    {
        var vice = Catalog.RolesIn("pienet-kunnat").Single(r => r.Role == Role.FirstViceChair);
        Assert.Equal(("marjut-ahokas", 2024), (vice.PersonId, vice.From!.Value.Year));
    }

    [Fact]
    public void Load_PresidiumTerms_AreOnlyWhatTheSourcesState()
    {
        var body = Catalog.BodiesById["pienet-kunnat-puheenjohtajisto"];
        var term = Assert.Single(body.Terms);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (term.Start, term.End));
        Assert.False(term.IsDemo);
        Assert.Null(Catalog.TermOn(body.Id, Today));
        Assert.Same(term, Catalog.TermInForce(body.Id, Today));
        Assert.DoesNotContain(Catalog.Roles, r => r.IsDemo);
    }

    [Fact]
    public void Load_EveryFactBearingElement_NamesItsSource()
    {
        Assert.All(Catalog.Networks, n => Assert.Equal("Kuntaliitto", n.Attribution.Name?.Fi));
        Assert.All(Catalog.People, p => Assert.Equal("Kuntaliitto", p.Attribution.Name?.Fi));
        Assert.All(Catalog.Bodies, b => Assert.Equal("Kuntaliitto", b.Attribution.Name?.Fi));
        Assert.All(Catalog.Roles, r => Assert.Equal("Kuntaliitto", r.Attribution.Name?.Fi));
        Assert.All(Catalog.PriorityDocuments, d => Assert.Equal("Kuntaliitto", d.Attribution.Name?.Fi));
        Assert.All(Catalog.Bodies.SelectMany(b => b.Terms), t => Assert.Equal(
            "Kuntaliitto",
            Catalog.NetworksById[Catalog.BodiesById[t.BodyId].NetworkId].Sources.Single(s => s.Id == t.SourceId).Name.Fi));
    }

    [Fact]
    public void Load_DatedSources_CarryTheSourcesOwnDates()
    {
        var small = Catalog.NetworksById["pienet-kunnat"];
        Assert.Equal((new DateOnly(2024, 1, 1), DatePrecision.Year), (small.Attribution.AsOf, small.Attribution.AsOfPrecision));
        Assert.Null(Catalog.NetworksById["kehyskunnat"].Attribution.AsOf);
        var vare = Catalog.PeopleById["taina-vare"];
        Assert.Equal(2019, vare.Attribution.AsOf!.Value.Year);
        Assert.Equal(["maaseudun kehittäminen", "pienkunta-asiat", "Pienten kuntien neuvottelukunnan sihteeri"], vare.Responsibilities.Select(r => r.Fi));
        Assert.Equal(new DateOnly(2019, 4, 25), Catalog.PriorityDocumentsById["maaseutu-ja-pienkuntapainopisteet-2019"].Attribution.AsOf);
    }

    [Fact]
    public void Load_SeedTerm2024_HasFourSeatsWithMembersAndDeputies()
    {
        var term = Catalog.BodiesById["pienet-kunnat-puheenjohtajisto"].Terms.Single(t => t.Start.Year == 2024);
        Assert.Equal(
            [
                "etela-suomi:jarkko-sorvanto/satu-simelius",
                "ita-suomi:marjut-ahokas/emilia-savolainen",
                "lansi-suomi:juha-herrala/tarja-hosiasluoma",
                "pohjois-suomi:pertti-severinkangas/lauri-laajala",
            ],
            Seats(term));
        Assert.Equal("Östra Finland", term.Seats.Single(s => s.RegionId == "ita-suomi").RegionName.Sv);
        Assert.Equal(["Lappi", "Keski-Pohjanmaa", "Pohjois-Pohjanmaa"], term.Seats.Single(s => s.RegionId == "pohjois-suomi").Maakunnat);
    }

    [Fact]
    public void Load_AdvisoryBoard_Has15Plus15MembersForFourYears()
    {
        var board = Catalog.BodiesById["pienten-kuntien-neuvottelukunta"];
        Assert.Equal((15, 15, 4), (board.MemberCount, board.DeputyCount, board.TermLengthYears));
        Assert.Equal("Kuntaliiton valtuuskunta", board.AppointedBy!.Fi);
        var secretary = Catalog.RolesIn("pienet-kunnat").Single(r => r.Role == Role.Secretary);
        Assert.Equal(("taina-vare", board.Id), (secretary.PersonId, secretary.BodyId));
    }

    [Fact]
    public void Load_OtherNetworks_HaveSeedFigures()
    {
        Assert.Equal((44, 873000), (Catalog.NetworksById["kehyskunnat"].MunicipalityCount, Catalog.NetworksById["kehyskunnat"].Residents));
        Assert.Equal(57, Catalog.NetworksById["seutukaupungit"].MunicipalityCount);
        Assert.Equal(new DateOnly(2020, 6, 1), Catalog.NetworksById["ruotsinkieliset-ja-kaksikieliset"].Founded);
        var group = Catalog.BodiesById["kaupunkipoliittinen-tyoryhma"];
        Assert.Equal((5, 2005), (group.MeetingsPerYear, group.SinceYear));
        Assert.Equal("minna-karhunen", Catalog.RolesIn("suuret-kaupungit").Single(r => r.Role == Role.Chair).PersonId);
    }

    [Fact]
    public void Load_PriorityDocument2019_HasThreeCrossCuttingThemes()
    {
        var document = Catalog.PriorityDocumentsById["maaseutu-ja-pienkuntapainopisteet-2019"];
        Assert.Equal(new DateOnly(2019, 4, 25), document.ApprovedOn);
        Assert.Equal(["digitalisaatio", "ilmastonmuutos", "työn murros ja työpaikat"],
            document.Items.Where(i => i.Category == "läpileikkaava").Select(i => i.Heading.Fi));
    }

    [Fact]
    public void Load_PlaygroundDefaultUser_IsTheCoordinator()
    {
        var person = Catalog.PeopleByEntraObjectId["00000000-0000-0000-0000-0000000000020"];
        Assert.Equal("iira-ainiala", person.Id);
        Assert.Contains(Catalog.RolesIn("pienet-kunnat"), r => r.PersonId == person.Id && r.Role == Role.Coordinator);
    }

    [Fact]
    public void Load_ConfiguredIdentities_OverrideThePlaygroundDefaults()
    {
        var options = new DemoIdentityOptions { DeputyAadObjectId = "deputy-oid", TeamId = "19:abc@thread.tacv2" };
        var catalog = NetworkCatalog.Create(DemoDataSet.Load(DemoToday.Clock, options));
        Assert.Equal("tarja-hosiasluoma", catalog.PeopleByEntraObjectId["deputy-oid"].Id);
        Assert.Equal("19:abc@thread.tacv2", catalog.NetworksById["pienet-kunnat"].TeamId);
    }

    [Fact]
    public void Load_EveryNamedPerson_HasMunicipalityWithMaakunta()
    {
        var expected = new Dictionary<string, string>
        {
            ["isojoki"] = "Etelä-Pohjanmaa",
            ["ilomantsi"] = "Pohjois-Karjala",
            ["lapinjarvi"] = "Uusimaa",
            ["sauvo"] = "Varsinais-Suomi",
            ["keitele"] = "Pohjois-Savo",
            ["karvia"] = "Satakunta",
            ["siikajoki"] = "Pohjois-Pohjanmaa",
            ["perho"] = "Keski-Pohjanmaa",
        };
        Assert.All(expected, pair => Assert.Equal(pair.Value, Catalog.MunicipalitiesById[pair.Key].Maakunta));
        Assert.Equal(MunicipalityLanguage.BilingualFinnishMajority, Catalog.MunicipalitiesById["lapinjarvi"].Language);
    }

    private static List<string> Seats(Term term) =>
        [.. term.Seats.OrderBy(s => s.RegionId).Select(s => $"{s.RegionId}:{s.MemberId}/{s.DeputyId}")];
}
