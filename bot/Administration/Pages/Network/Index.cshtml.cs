namespace Verkostot.Bot.Administration.Pages.Network;

/// <summary>/hallinta/{network}: the network's facts.</summary>
public sealed class IndexModel : NetworkPageModel
{
    public void OnGet()
    {
    }
}
