from .._open_enum import OpenStrEnum


class TaxRegime(OpenStrEnum):
    AGRICULTURAL_LIVESTOCK = "agricultural_livestock"
    COORDINATED = "coordinated"
    DIVIDENT_INCOME = "divident_income"
    GENERAL_LEGAL_PERSON = "general_legal_person"
    INCOME_OBTAINING_PRICE = "income_obtaining_price"
    INCOME_THROUGH_TECHNOLOGY_PLATFORM = "income_through_technology_platform"
    INDIVIDUAL_BUSINESS_PROFESSIONAL = "individual_business_professional"
    INTEREST_INCOME = "interest_income"
    LEASE = "lease"
    LEGAL_ENTITIES_NON_PROFIT = "legal_entities_non_profit"
    NO_TAX_OBLIGATION = "no_tax_obligation"
    OPTIONAL_GROUP_OF_COMPANIES = "optional_group_of_companies"
    OTHER_INCOME = "other_income"
    PRODUCTION_COOPERATIVE_SOCIETIES = "production_cooperative_societies"
    PROPERTY_DISPOSAL_ACQUISITION = "property_disposal_acquisition"
    RESIDENT_ABROAD = "resident_abroad"
    SIMPLIFIED_TRUST = "simplified_trust"
    TAX_INCORPORATION = "tax_incorporation"
    WAGES_SALARIES_INCOME = "wages_salaries_income"

    def __str__(self) -> str:
        return str(self.value)
