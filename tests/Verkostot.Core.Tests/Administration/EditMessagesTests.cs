using Verkostot.Core.Administration;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Tests.Administration;

public sealed class EditMessagesTests
{
    public static TheoryData<EditErrorCode> Codes => [.. Enum.GetValues<EditErrorCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Text_EveryCode_ItsOwnTextInEachLanguage(EditErrorCode code)
    {
        var others = Enum.GetValues<EditErrorCode>().Where(c => c != code).ToList();
        foreach (var language in Enum.GetValues<Language>())
        {
            var text = EditMessages.Text(new EditError("field", code, "X"), language);
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain(others, other => EditMessages.Text(new EditError("field", other, "X"), language) == text);
        }
        Assert.Equal(3, Enum.GetValues<Language>().Select(l => EditMessages.Text(new EditError("field", code, "X"), l)).Distinct().Count());
    }

    [Fact]
    public void Text_Detail_FillsTheMessage()
    {
        var error = new EditError("start", EditErrorCode.TermOverlaps, "1.1.2026–31.12.2026");
        Assert.Equal("Kausi menee päällekkäin kauden 1.1.2026–31.12.2026 kanssa.", EditMessages.Text(error, Language.Finnish));
        Assert.Equal("Perioden överlappar perioden 1.1.2026–31.12.2026.", EditMessages.Text(error, Language.Swedish));
    }
}
