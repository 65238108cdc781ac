import { CosmosConsentStore } from '../../../src/storage/cosmos/consent';
import { CosmosFeedbackStore } from '../../../src/storage/cosmos/feedback';
import { CosmosSurveyProfileStore } from '../../../src/storage/cosmos/profiles';
import { CosmosRiskFlagStore } from '../../../src/storage/cosmos/risk-flags';
import { CosmosSurveyResultStore } from '../../../src/storage/cosmos/surveys';
import type { ContainerName, Containers } from '../../../src/storage/cosmos/containers';
import { consentConformance } from '../conformance/consent';
import { feedbackConformance } from '../conformance/feedback';
import { profilesConformance } from '../conformance/profiles';
import { riskFlagsConformance } from '../conformance/risk-flags';
import { surveysConformance } from '../conformance/surveys';
import { containerHarness, localCosmosForFile } from '../../helpers/cosmos';

const cosmos = localCosmosForFile();
const harness = <S>(name: ContainerName, make: (c: Containers[ContainerName]) => S) => containerHarness(cosmos, name, make);

feedbackConformance(harness('feedback', (c) => new CosmosFeedbackStore(c)));
riskFlagsConformance(harness('riskFlags', (c) => new CosmosRiskFlagStore(c)));
consentConformance(harness('consents', (c) => new CosmosConsentStore(c)));
surveysConformance(harness('surveyResults', (c) => new CosmosSurveyResultStore(c)));
profilesConformance(harness('surveyProfiles', (c) => new CosmosSurveyProfileStore(c)));
