using System.Security.Claims;
using PuenteBot.Portal.SignIn;

namespace PuenteBot.Tests.Portal;

/// <summary>Who the signed-in clinician is, from a local account's claims or an OpenID Connect provider's.</summary>
public class PortalClinicianTests
{
    [Fact]
    public void A_local_account_round_trips_through_its_claims()
    {
        var ana = new PortalClinician("ana", "Ana Ruiz", "es");

        var back = PortalClinician.From(new ClaimsPrincipal(new ClaimsIdentity(ana.ToClaims(), "test")), "en");

        Assert.Equal(ana, back);
    }

    [Theory]
    [InlineData("preferred_username", "ana@clinic.example")]
    [InlineData("email", "ana@clinic.example")]
    [InlineData("sub", "248289761001")]
    public void An_openid_connect_user_is_known_by_the_providers_claims(string claim, string value)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(claim, value), new Claim("name", "Ana Ruiz")], "oidc", "name", "role"));

        var clinician = PortalClinician.From(principal, "es");

        Assert.Equal((value, "Ana Ruiz", "es"), (clinician.User, clinician.Name, clinician.Language));
    }
}
