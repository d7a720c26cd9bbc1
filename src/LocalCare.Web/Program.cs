using LocalCare.Web.Caching;
using LocalCare.Web.Features.Account;
using LocalCare.Web.Features.Admin.Audit;
using LocalCare.Web.Features.Admin.Users;
using LocalCare.Web.Features.Alignment;
using LocalCare.Web.Features.Boards;
using LocalCare.Web.Features.Boards.Packs;
using LocalCare.Web.Features.Commissioning;
using LocalCare.Web.Features.Commissioning.Audits;
using LocalCare.Web.Features.Data;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Home;
using LocalCare.Web.Features.Organisation;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using LocalCare.Web.Features.Portfolio;
using LocalCare.Web.Features.Reminders;
using LocalCare.Web.Features.Risks;
using LocalCare.Web.Features.ServicePlans;
using LocalCare.Web.Features.WaitingLists;
using LocalCare.Web.Features.WaitingLists.Goals;
using LocalCare.Web.Security;
using LocalCare.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

var identity = builder.AddLocalCareStorage();   // data directory, app database, Identity stores
builder.AddLocalCareAccounts(identity);         // sign-in with local accounts, cookies, API 401/403
builder.AddLocalCareSecurity();                 // signed-in by default, CSP nonce, security headers
builder.AddLocalCarePages();                    // Razor Pages rooted at /Features, NHS.UK layout
builder.AddLocalCareApi();                      // JSON as camelCase, OpenAPI document, health check
builder.AddLocalCareCaching();                  // what pages compute from the data, kept until the data changes
builder.AddLocalCareHistory();                  // who changed what and when, for every page that shows its history
builder.AddLocalCareHome();
builder.AddLocalCareOrganisation();
builder.AddLocalCarePlans();
builder.AddLocalCareAlignment();                // deliverables against partner priorities
builder.AddLocalCarePortfolio();                // transformation programmes in scope and in sight, their projects and deliverables
builder.AddLocalCareServicePlans();             // service plans, their workflow and the planning-cycle calendar
builder.AddLocalCareBoards();
builder.AddLocalCareDataFeature();              // data quality, import history, FHIR import
builder.AddLocalCarePerformance();              // summary, metric pages with SPC, commentary, targets, custom and manual metrics
builder.AddLocalCareWaitingLists();             // census, flow, model and simulation of waiting lists
builder.AddLocalCareCommissioning();            // provider register and risk, contracts, social value, budget and VfP
builder.AddLocalCareUserAdministration();       // administrators create, disable, reset and change roles of users, all audited
builder.AddLocalCareQualityAudits();            // quality-audit schedule, audits, action plans
builder.AddLocalCareRisks();                    // the risk register (NHS 5×5), score history, appetite per board
builder.AddLocalCareReminders();                // what's due for whom: the /reminders page and the daily email digest

var app = builder.Build();

app.UseLocalCareSecurityHeaders();
app.UseLocalCareErrorPages();
app.UseLocalCareStaticFiles();
app.UseRouting();
app.UseRateLimiter();                            // sign-in attempts per client address (SignInRateLimit)
app.UseAuthentication();
app.UseAuthorization();
app.UseLocalCareRenderedPages();                  // whole pages kept per user until the data changes

app.MapLocalCareHealth();
app.MapLocalCarePages();
app.MapPackDownloads();                          // published packs' frozen files, drafts' files, the pack stylesheet
app.MapOpenApi();
var api = app.MapGroup("/api");
api.MapHomeApi();
api.MapOrganisationApi();
api.MapPlansApi();
api.MapPlanEditingApi();
api.MapAlignmentApi();
api.MapPortfolioApi();
api.MapServicePlansApi();
api.MapBoardsApi();
api.MapBoardLogsApi();                          // actions and decisions logs, raised and closed at meetings
api.MapBoardCalendarApi();                      // administrators add, delete and plan meetings
api.MapPacksApi();
api.MapDataApi();
api.MapPerformanceApi();
api.MapWaitingListsApi();
api.MapWaitingGoalsApi();                        // a deliverable's waiting-list goals
api.MapCommissioningApi();
api.MapRisksApi();
api.MapUserAdministrationApi();
api.MapAuditApi();                               // the audit trail searched, administrators only

await app.InitialiseLocalCareAsync();
await app.RunAsync();

/// <summary>The web app's entry point; public so tests can boot it with WebApplicationFactory.</summary>
public partial class Program;
