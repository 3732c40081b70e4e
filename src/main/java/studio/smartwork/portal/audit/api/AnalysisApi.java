package studio.smartwork.portal.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ExportedTaskFigures;
import studio.smartwork.portal.integrations.ApiCaller;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.AuthenticatedKey;

/**
 * The audit campaigns and their analysis, for the client's and the consultancy's other tools.
 * The tasks carry exactly the figures of the analysis page's CSV export (the same method
 * computes and rounds both), ranked the same way.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Audit analysis", description = "Campaigns and their analysis, with the CSV export's figures (scope read_analysis).")
class AnalysisApi {

    private final AuditCampaigns campaigns;
    private final AuditAnalysis analysis;

    AnalysisApi(AuditCampaigns campaigns, AuditAnalysis analysis) {
        this.campaigns = campaigns;
        this.analysis = analysis;
    }

    record CampaignAnswer(long id, String name, LocalDate startsOn, LocalDate endsOn, boolean open) {

        static CampaignAnswer of(Campaign campaign) {
            return new CampaignAnswer(campaign.id(), campaign.name(), campaign.startsOn(), campaign.endsOn(), campaign.open());
        }
    }

    record AnalysisAnswer(CampaignAnswer campaign, List<ExportedTaskFigures> tasks) {
    }

    @GetMapping
    @Operation(summary = "The client's audit campaigns, newest first")
    List<CampaignAnswer> campaigns() {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.READ_ANALYSIS);
        return campaigns.campaigns(key.tenant()).stream().map(CampaignAnswer::of).toList();
    }

    @GetMapping("/{campaignId}/analysis")
    @Operation(summary = "A campaign's analysis: each task ranked, with the figures of the CSV export", description = "Decimals are rounded half up to two places (suitability to four), exactly as in the analysis page's CSV export.")
    AnalysisAnswer analysis(@PathVariable long campaignId) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.READ_ANALYSIS);
        Campaign campaign = campaigns.campaign(key.tenant(), campaignId);
        return new AnalysisAnswer(CampaignAnswer.of(campaign), analysis.exportedFigures(key.tenant(), campaignId));
    }
}
