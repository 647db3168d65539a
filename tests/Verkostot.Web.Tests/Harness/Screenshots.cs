using Microsoft.Playwright;

namespace Verkostot.Web.Tests.Harness;

/// <summary>
/// Full-page screenshots of the web app, written to <c>artifacts/screenshots/hallinta</c> in the repository (or the
/// folder in VERKOSTOT_SCREENSHOTS), one PNG per page, named for the page.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("VERKOSTOT_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryRoot(), "artifacts", "screenshots", "hallinta");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verkostot.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        return Path.GetTempPath();
    }
}
