using Verkostot.Core.Roster;

namespace Verkostot.Core.Tests.Roster;

public sealed class PersonSlugTests
{
    [Fact]
    public void Create_FinnishName_DropsDiacriticsAndJoinsWithHyphens() =>
        Assert.Equal("marjut-ahokas-koivisto", PersonSlug.Create("Marjut Ahokas-Koivisto", "x", new HashSet<string>()));

    [Fact]
    public void Create_NameTaken_AppendsNumber() =>
        Assert.Equal("aino-ayras-2", PersonSlug.Create("Äino Äyräs", "x", new HashSet<string> { "aino-ayras" }));

    [Fact]
    public void Create_NoLettersInName_UsesObjectId() =>
        Assert.Equal("entra-abc", PersonSlug.Create("—", "ABC", new HashSet<string>()));
}
