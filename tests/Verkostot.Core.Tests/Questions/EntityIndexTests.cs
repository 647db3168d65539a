using Verkostot.Core.Questions.Entities;
using Verkostot.Core.Questions.Text;

namespace Verkostot.Core.Tests.Questions;

public sealed class EntityIndexTests(DemoCatalogFixture demo) : IClassFixture<DemoCatalogFixture>
{
    private readonly EntityIndex _index = EntityIndex.Build(demo.Catalog);

    [Theory]
    [InlineData("Isojoki", "isojoki")]
    [InlineData("isojoen", "isojoki")]
    [InlineData("isojoelta", "isojoki")]
    [InlineData("Lapinjärvi", "lapinjarvi")]
    [InlineData("lapinjärveltä", "lapinjarvi")]
    [InlineData("lapinjarvelta", "lapinjarvi")]
    [InlineData("Lappträsk", "lapinjarvi")]
    [InlineData("Siikajoki", "siikajoki")]
    [InlineData("siikajoen", "siikajoki")]
    [InlineData("keiteleellä", "keitele")]
    [InlineData("ilomantsissa", "ilomantsi")]
    [InlineData("karviasta", "karvia")]
    [InlineData("sauvossa", "sauvo")]
    [InlineData("perhosta", "perho")]
    public void Find_MunicipalityInflected_Municipality(string text, string id)
    {
        AssertFinds(text, EntityKind.Municipality, id);
    }

    [Theory]
    [InlineData("Itä-Suomi")]
    [InlineData("itä-suomea")]
    [InlineData("Itä-Suomen")]
    [InlineData("itä-suomessa")]
    [InlineData("ita-suomi")]
    [InlineData("ita suomen")]
    [InlineData("itäsuomen")]
    [InlineData("Östra Finland")]
    [InlineData("eastern finland")]
    public void Find_RegionWrittenAnyWay_SeatRegion(string text)
    {
        AssertFinds(text, EntityKind.SeatRegion, "ita-suomi");
    }

    [Theory]
    [InlineData("Juha Herrala", "juha-herrala")]
    [InlineData("Herralalta", "juha-herrala")]
    [InlineData("juha herralalle", "juha-herrala")]
    [InlineData("herrla", "juha-herrala")]
    [InlineData("Ahokkaan", "marjut-ahokas")]
    [InlineData("ahokasta", "marjut-ahokas")]
    [InlineData("ahkoas", "marjut-ahokas")]
    [InlineData("Väreen", "taina-vare")]
    [InlineData("väreltä", "taina-vare")]
    [InlineData("Reinan", "timo-reina")]
    [InlineData("severinkankaalle", "pertti-severinkangas")]
    [InlineData("simeliukselta", "satu-simelius")]
    [InlineData("savolaisen", "emilia-savolainen")]
    public void Find_PersonInflectedOrMisspelt_Person(string text, string id)
    {
        AssertFinds(text, EntityKind.Person, id);
    }

    [Theory]
    [InlineData("pienet kunnat", "pienet-kunnat")]
    [InlineData("pienkuntaverkostossa", "pienet-kunnat")]
    [InlineData("pienten kuntien verkoston", "pienet-kunnat")]
    [InlineData("seutukaupungit", "seutukaupungit")]
    [InlineData("seutukaupunkiverkostossa", "seutukaupungit")]
    [InlineData("kehyskunnat", "kehyskunnat")]
    [InlineData("kehyskuntaverkoston", "kehyskunnat")]
    [InlineData("suuret kaupungit", "suuret-kaupungit")]
    [InlineData("suurten kaupunkien verkostossa", "suuret-kaupungit")]
    public void Find_NetworkAlias_Network(string text, string id)
    {
        AssertFinds(text, EntityKind.Network, id);
    }

    [Theory]
    [InlineData("pohjois-karjalaa", "Pohjois-Karjala")]
    [InlineData("uudellamaalla", "Uusimaa")]
    [InlineData("satakunnan", "Satakunta")]
    [InlineData("lapissa", "Lappi")]
    public void Find_MaakuntaInflected_Maakunta(string text, string id)
    {
        AssertFinds(text, EntityKind.Maakunta, id);
    }

    [Fact]
    public void Find_BodyNameLongerThanNetworkAlias_LongestWins()
    {
        var mentions = _index.Find(TextNormalizer.Normalize("pienten kuntien neuvottelukunnan sihteeri"));

        Assert.Equal(["pienten-kuntien-neuvottelukunta"], mentions.IdsOf(EntityKind.Body));
        Assert.Empty(mentions.IdsOf(EntityKind.Network));
    }

    [Theory]
    [InlineData("kuutoskaupungit")]
    [InlineData("kuka on puheenjohtaja")]
    [InlineData("milloin on seuraava kokous")]
    public void Find_NoNameFromTheData_NoMentions(string text)
    {
        Assert.Empty(_index.Find(TextNormalizer.Normalize(text)).All);
    }

    private void AssertFinds(string text, EntityKind kind, string id)
    {
        var mentions = _index.Find(TextNormalizer.Normalize(text));
        Assert.Contains(id, mentions.IdsOf(kind));
    }
}
