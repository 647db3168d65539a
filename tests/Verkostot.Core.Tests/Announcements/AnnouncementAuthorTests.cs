using Verkostot.Core.Announcements;

namespace Verkostot.Core.Tests.Announcements;

public sealed class AnnouncementAuthorTests
{
    [Fact]
    public void Find_CoordinatorByEntraId_ReturnsTheirNetwork()
    {
        var author = AnnouncementAuthor.Find(AnnouncementCatalog.Create(), "AAD-K", AnnouncementCatalog.Today);

        Assert.Equal([AnnouncementCatalog.NetworkId], author!.Networks.Select(n => n.Id));
    }

    [Theory]
    [InlineData("aad-a")] // the chair: a role, but not coordinator
    [InlineData("aad-b")] // a coordinator whose role ended yesterday
    [InlineData("aad-u")] // known person without roles
    [InlineData("aad-unknown")]
    [InlineData(null)]
    public void Find_NotACoordinatorToday_ReturnsNull(string? entraObjectId)
    {
        Assert.Null(AnnouncementAuthor.Find(AnnouncementCatalog.Create(), entraObjectId, AnnouncementCatalog.Today));
    }
}
