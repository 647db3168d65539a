using Verkostot.Core.Questions.Inflection;

namespace Verkostot.Core.Tests.Questions;

public sealed class FinnishNameInflectorTests
{
    [Theory]
    [InlineData("isojoki", "isojoen")]
    [InlineData("isojoki", "isojokea")]
    [InlineData("isojoki", "isojoella")]
    [InlineData("isojoki", "isojokeen")]
    [InlineData("siikajoki", "siikajoen")]
    [InlineData("lapinjärvi", "lapinjärven")]
    [InlineData("lapinjärvi", "lapinjärveä")]
    [InlineData("lapinjärvi", "lapinjärvellä")]
    [InlineData("lapinjärvi", "lapinjärveltä")]
    [InlineData("ilomantsi", "ilomantsin")]
    [InlineData("ilomantsi", "ilomantsissa")]
    [InlineData("keitele", "keiteleen")]
    [InlineData("keitele", "keiteleellä")]
    [InlineData("sauvo", "sauvon")]
    [InlineData("sauvo", "sauvossa")]
    [InlineData("sauvo", "sauvoa")]
    [InlineData("perho", "perhossa")]
    [InlineData("karvia", "karvian")]
    [InlineData("karvia", "karviassa")]
    [InlineData("kainuu", "kainuuta")]
    [InlineData("satakunta", "satakunnan")]
    [InlineData("satakunta", "satakuntaa")]
    [InlineData("lappi", "lapin")]
    [InlineData("lappi", "lappiin")]
    [InlineData("uusimaa", "uudellamaalla")]
    [InlineData("pirkanmaa", "pirkanmaata")]
    public void WordForms_PlaceName_IncludesCaseForm(string name, string form)
    {
        Assert.Contains(form, FinnishNameInflector.WordForms(name));
    }

    [Theory]
    [InlineData("herrala", "herralalta")]
    [InlineData("herrala", "herralan")]
    [InlineData("ahokas", "ahokkaan")]
    [InlineData("ahokas", "ahokasta")]
    [InlineData("ahokas", "ahokkaalla")]
    [InlineData("väre", "väreen")]
    [InlineData("väre", "väreltä")]
    [InlineData("reina", "reinan")]
    [InlineData("savolainen", "savolaiselle")]
    [InlineData("simelius", "simeliuksen")]
    [InlineData("severinkangas", "severinkankaan")]
    [InlineData("jarkko", "jarkon")]
    [InlineData("satu", "sadun")]
    [InlineData("marjut", "marjutin")]
    public void WordForms_PersonName_IncludesCaseForm(string name, string form)
    {
        Assert.Contains(form, FinnishNameInflector.WordForms(name));
    }

    [Fact]
    public void Forms_CompoundName_InflectsOnlyTheLastPart()
    {
        var forms = FinnishNameInflector.Forms("itä suomi");

        Assert.Contains("itä suomen", forms);
        Assert.Contains("itä suomea", forms);
        Assert.DoesNotContain("idän suomen", forms);
    }

    [Fact]
    public void Forms_AdjectiveBeforeNoun_AgreesWithIt()
    {
        Assert.Contains("kaupunkipoliittista työryhmää", FinnishNameInflector.Forms("kaupunkipoliittinen työryhmä"));
    }

    [Theory]
    [InlineData("Itä-Suomi", "Itä-Suomen")]
    [InlineData("Pienten kuntien verkosto", "Pienten kuntien verkoston")]
    [InlineData("Seutukaupunkiverkosto", "Seutukaupunkiverkoston")]
    [InlineData("Satakunta", "Satakunnan")]
    [InlineData("Uusimaa", "Uudenmaan")]
    [InlineData("Lapinjärvi", "Lapinjärven")]
    [InlineData("Pienten kuntien neuvottelukunta", "Pienten kuntien neuvottelukunnan")]
    public void Genitive_DisplayName_KeepsCapitals(string name, string genitive)
    {
        Assert.Equal(genitive, FinnishNameInflector.Genitive(name));
    }

    [Theory]
    [InlineData("lapinjärvi", false)]
    [InlineData("ilomantsi", true)]
    [InlineData("keitele", false)]
    public void HasBackHarmony_FollowsTheLastHarmonicVowel(string word, bool back)
    {
        Assert.Equal(back, FinnishNameInflector.HasBackHarmony(word));
    }
}
