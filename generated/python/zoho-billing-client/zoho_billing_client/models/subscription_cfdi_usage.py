from .._open_enum import OpenStrEnum


class SubscriptionCfdiUsage(OpenStrEnum):
    ACQUISITION_OF_MERCHANDISE = "acquisition_of_merchandise"
    BUILDINGS = "buildings"
    COMPUTER_EQUIPMENTDYE_MOLDS_TOOLS = "computer_equipmentdye_molds_tools"
    CONTRIBUTION_SAR = "contribution_sar"
    DEPOSIT_SAVING_ACCOUNT = "deposit_saving_account"
    DONATION = "donation"
    FUNERAL_EXPENSE = "funeral_expense"
    FURNITURE_OFFICE_EQUIPMENT = "furniture_office_equipment"
    GENERAL_EXPENSE = "general_expense"
    HOSPITAL_EXPENSE = "hospital_expense"
    INTEREST_MORTAGE_LOANS = "interest_mortage_loans"
    MEDICAL_EXPENSE_DISABILITY = "medical_expense_disability"
    MEDICAL_EXPENSE_INSURANCE_PORMIUM = "medical_expense_insurance_pormium"
    NO_TAX_EFFECT = "no_tax_effect"
    OTHER_MACHINERY_EQUIPMENT = "other_machinery_equipment"
    PAYMENT = "payment"
    PAYMENT_EDUCATIONAL_SERVICE = "payment_educational_service"
    PAYROLL = "payroll"
    RETURN_DISCOUNT_BONUS = "return_discount_bonus"
    SATELLITE_COMMUNICATION = "satellite_communication"
    SCHOOL_TRANSPORTATION_EXPENSE = "school_transportation_expense"
    TELEPHONE_COMMUNICATION = "telephone_communication"
    TRANSPORT_EQUIPMENT = "transport_equipment"

    def __str__(self) -> str:
        return str(self.value)
