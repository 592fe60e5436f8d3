using PuenteBot.Dialogs.Visits;

namespace PuenteBot.Visits.Appointments;

public static class AppointmentsServiceCollectionExtensions
{
    /// <summary>The visits on <c>Storage:Provider</c>'s database, the changes staff make to them, and the family's reminder consent for the dialogs.</summary>
    public static IServiceCollection AddAppointments(this IServiceCollection services)
    {
        services.AddSingleton<IAppointmentStore, AppointmentStore>();
        services.AddSingleton<AppointmentService>();
        services.AddSingleton<IReminderConsent, FamilyReminderConsent>();
        return services;
    }
}
