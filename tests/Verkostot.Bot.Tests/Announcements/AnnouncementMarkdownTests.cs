using Verkostot.Bot.Announcements;

namespace Verkostot.Bot.Tests.Announcements;

public sealed class AnnouncementMarkdownTests
{
    [Fact]
    public void Encode_MentionTag_IsShownLiterally()
    {
        Assert.Equal(@"\<at\>Juha Herrala\</at\> hyväksyi", AnnouncementMarkdown.Encode("<at>Juha Herrala</at> hyväksyi"));
    }

    [Fact]
    public void Encode_DisguisedLink_IsShownLiterally()
    {
        Assert.Equal(@"\[Kuntaliitto\]\(https://evil.example\)", AnnouncementMarkdown.Encode("[Kuntaliitto](https://evil.example)"));
    }

    [Fact]
    public void Encode_HtmlEntityMention_IsShownLiterally()
    {
        Assert.Equal(@"\&lt;at\&gt;", AnnouncementMarkdown.Encode("&lt;at&gt;"));
    }

    [Fact]
    public void Encode_BoldItalicsAndLists_StayFormatted()
    {
        Assert.Equal("**Tärkeää**: _huomenna_\n- kohta 1\n- kohta 2", AnnouncementMarkdown.Encode("**Tärkeää**: _huomenna_\r\n- kohta 1\n- kohta 2"));
    }
}
