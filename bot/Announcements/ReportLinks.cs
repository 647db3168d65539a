using Microsoft.Extensions.Options;
using Verkostot.Bot.Links;

namespace Verkostot.Bot.Announcements;

/// <summary>Signed, expiring links to an announcement's CSV report: /announcements/{id}/report.csv?expires=…&amp;sig=….</summary>
public sealed class ReportLinks(SignedLinks links, IOptions<ReportLinkOptions> options)
{
    private const string Purpose = "announcement-report";

    public static string PathOf(Guid id) => $"/announcements/{id:D}/report.csv";

    public Uri For(Guid id) => links.Create(Purpose, $"{id:D}", PathOf(id), options.Value.LinkLifetime);

    public bool IsValid(Guid id, string? expires, string? signature) => links.IsValid(Purpose, $"{id:D}", expires, signature);
}
